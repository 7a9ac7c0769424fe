package id.simak.quiz.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Grade percentages as Moodle writes them: whole numbers plain, others to five decimals (33.33333). */
final class Weights {

    private Weights() {
    }

    static String format(double percent) {
        BigDecimal d = BigDecimal.valueOf(percent).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() <= 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
