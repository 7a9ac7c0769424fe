package id.simak.web;

import java.util.List;

/**
 * One page of a long list: which page (1-based) and how many items, read from {@code ?page=&size=} in the
 * API (bad values are a 400) or {@code ?halaman=&ukuran=} on pages (bad values show the first page).
 */
public record Paging(int page, int size) {

    /** Items on a page when the caller names no size. */
    public static final int DEFAULT_SIZE = 50;

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 200;

    /** The highest page number accepted; beyond it the offset would overflow. */
    static final int MAX_PAGE = 1_000_000;

    /** The 0-based index of the page, as Panache's {@code Page.of(index, size)} wants it. */
    public int index() {
        return page - 1;
    }

    /** The offset of the page's first item in the whole list. */
    public int offset() {
        return index() * size;
    }

    /** The API's paging: absent values take their default; a value that is not a number in range is a 400. */
    public static Paging api(String page, String size) {
        return new Paging(number("page", page, 1, MAX_PAGE, 1),
                number("size", size, 1, MAX_SIZE, DEFAULT_SIZE));
    }

    /**
     * A page's paging from {@code ?halaman=&ukuran=}: a bad page number shows the first page, a bad size the
     * default size.
     */
    public static Paging lenient(String page, String size) {
        return new Paging(orDefault("halaman", page, MAX_PAGE, 1), orDefault("ukuran", size, MAX_SIZE, DEFAULT_SIZE));
    }

    private static int orDefault(String name, String value, int max, int absent) {
        try {
            return number(name, value, 1, max, absent);
        } catch (ApiException e) {
            return absent;
        }
    }

    /** The items of this page out of a whole list. */
    public <T> Slice<T> of(List<T> all) {
        int from = Math.min(offset(), all.size());
        int to = Math.min(from + size, all.size());
        return new Slice<>(all.subList(from, to), this, all.size());
    }

    private static int number(String name, String value, int min, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String problem = "Parameter " + name + " harus bilangan bulat dari " + min + " sampai " + max + ".";
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, problem);
        }
        if (n < min || n > max) {
            throw ApiException.invalid(name, problem);
        }
        return (int) n;
    }

    /** One page of items with the total, the page and the number of pages, as the API and pages show it. */
    public record Slice<T>(List<T> items, int page, int size, long total) {

        public Slice(List<T> items, Paging paging, long total) {
            this(items, paging.page(), paging.size(), total);
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        /** The 1-based number of the page's first item in the whole list. */
        public long first() {
            return (long) (page - 1) * size + 1;
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }

        /** The query parameters a page link needs besides {@code halaman}: the size when it is not the default. */
        public String sizeParameter() {
            return size == DEFAULT_SIZE ? "" : "&ukuran=" + size;
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }
    }
}
