package org.alumniportal.community.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;

import org.alumniportal.platform.web.PageResponse;

import org.junit.jupiter.api.Test;

class ListIndexTest {

    record Item(String id, int rank, boolean live) {
    }

    private final ListIndex<Item> index = new ListIndex<>(Item::id,
            Comparator.comparingInt(Item::rank).thenComparing(Item::id));

    @Test
    void pagesFilterInOrderAndCountExactly() {
        for (int i = 0; i < 25; i++) {
            index.put(new Item("i" + i, i, i % 5 != 0));
        }

        PageResponse<Item> second = index.page(Item::live, 1, 7);

        assertThat(second.totalElements()).isEqualTo(20);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(second.items()).extracting(Item::id).containsExactly("i9", "i11", "i12", "i13", "i14", "i16", "i17");
        assertThat(index.page(Item::live, 0, 2, true).items()).extracting(Item::id).containsExactly("i24", "i23");
    }

    @Test
    void aReplacedEntryMovesAndARemovedOneLeaves() {
        index.put(new Item("a", 1, true));
        index.put(new Item("b", 2, true));
        index.put(new Item("a", 3, true));
        index.remove("b");

        assertThat(index.page(i -> true, 0, 10).items()).containsExactly(new Item("a", 3, true));
        assertThat(index.size()).isEqualTo(1);
    }
}
