package id.simak.generate;

/** Writes whole numbers in Indonesian words ("enam", "tiga puluh"), as news texts write small quantities. */
final class IndonesianNumbers {

    private static final String[] UNITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
            "sembilan", "sepuluh", "sebelas"};

    private IndonesianNumbers() {
    }

    /** The number in words for 0..999, else its digits. */
    static String words(long n) {
        if (n < 0 || n > 999) {
            return Long.toString(n);
        }
        if (n < 12) {
            return UNITS[(int) n];
        }
        if (n < 20) {
            return UNITS[(int) n - 10] + " belas";
        }
        if (n < 100) {
            String tens = UNITS[(int) n / 10] + " puluh";
            return n % 10 == 0 ? tens : tens + " " + UNITS[(int) n % 10];
        }
        String hundreds = n / 100 == 1 ? "seratus" : UNITS[(int) n / 100] + " ratus";
        return n % 100 == 0 ? hundreds : hundreds + " " + words(n % 100);
    }

    /** Whether the text writes its number in letters rather than digits. */
    static boolean inWords(String text) {
        return text != null && !text.isEmpty() && text.chars().noneMatch(Character::isDigit);
    }
}
