package org.alumniportal.community.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.alumniportal.platform.web.PageResponse;

import org.junit.jupiter.api.Test;

class ListIndexTest {

    record Item(String id, int rank, boolean live) {
    }

    private final ListIndex<Item> index = new ListIndex<>(Item::id,
            Comparator.comparingInt(Item::rank).thenComparing(Item::id),
            item -> item.live() ? List.of("live", item.rank() % 2 == 0 ? "even" : "odd") : List.of());

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

    @Test
    void aNamedListPagesAsASliceWithItsSizeAsTotal() {
        for (int i = 0; i < 25; i++) {
            index.put(new Item("i" + i, i, i % 5 != 0));
        }

        PageResponse<Item> second = index.page("live", null, 1, 7, false);
        PageResponse<Item> evenBackwards = index.page("even", null, 0, 3, true);

        assertThat(second.totalElements()).isEqualTo(20);
        assertThat(second.items()).extracting(Item::id).containsExactly("i9", "i11", "i12", "i13", "i14", "i16", "i17");
        assertThat(evenBackwards.totalElements()).isEqualTo(10);
        assertThat(evenBackwards.items()).extracting(Item::id).containsExactly("i24", "i22", "i18");
        assertThat(index.page("live", i -> i.rank() > 20, 0, 10, false).items()).extracting(Item::id)
                .containsExactly("i21", "i22", "i23", "i24");
        assertThat(index.page("none", null, 0, 10, false).totalElements()).isZero();
    }

    @Test
    void anEntryChangingListsLeavesTheOldOnesAndAnEmptiedListIsGone() {
        index.put(new Item("a", 2, true));
        index.put(new Item("b", 4, true));
        assertThat(index.size("even")).isEqualTo(2);

        index.put(new Item("a", 3, true));
        index.put(new Item("b", 4, false));

        assertThat(index.all("even")).isEmpty();
        assertThat(index.all("odd")).containsExactly(new Item("a", 3, true));
        assertThat(index.all("live")).containsExactly(new Item("a", 3, true));
        assertThat(index.page(i -> true, 0, 10).items()).extracting(Item::id).containsExactly("a", "b");
        index.remove("a");
        assertThat(index.all("odd")).isEmpty();
        assertThat(index.size("live")).isZero();
    }
}
