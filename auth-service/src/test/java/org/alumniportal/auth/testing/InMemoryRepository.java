package org.alumniportal.auth.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyIterable;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.repository.CrudRepository;

/**
 * A Mockito mock of a Spring Data repository whose findById/save/saveAll/deleteById/findAll work on a map,
 * for unit tests of services without a database. Derived finders are stubbed by the test itself.
 */
public final class InMemoryRepository<T, R extends CrudRepository<T, String>> {

    private final Map<String, T> rows = new LinkedHashMap<>();
    private final R repository;

    @SuppressWarnings("unchecked")
    public InMemoryRepository(Class<R> type, Function<T, String> idOf) {
        this.repository = mock(type);
        lenient().doAnswer(i -> Optional.ofNullable(rows.get((String) i.getArgument(0)))).when(repository).findById(any());
        lenient().doAnswer(i -> {
            T row = (T) i.getArgument(0);
            rows.put(idOf.apply(row), row);
            return row;
        }).when(repository).save(any());
        lenient().doAnswer(i -> {
            List<T> saved = new ArrayList<>();
            for (Object row : (Iterable<Object>) i.getArgument(0)) {
                rows.put(idOf.apply((T) row), (T) row);
                saved.add((T) row);
            }
            return saved;
        }).when(repository).saveAll(anyIterable());
        lenient().doAnswer(i -> rows.remove((String) i.getArgument(0))).when(repository).deleteById(any());
        lenient().doAnswer(i -> new ArrayList<>(rows.values())).when(repository).findAll();
    }

    public R repository() {
        return repository;
    }

    public Map<String, T> rows() {
        return rows;
    }
}
