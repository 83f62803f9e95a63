package org.pledgegraph.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/** An amount of money in an ISO 4217 currency; approximate when the source gives a converted or rounded figure. */
public record Money(BigDecimal value, String currency, boolean approximate) {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency \"" + currency + "\" is not an ISO 4217 code like GBP");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + value.toPlainString());
        }
    }
}
