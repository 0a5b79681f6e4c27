package dev.rampart.core.spec;

import java.math.BigDecimal;
import java.math.BigInteger;

/** A string, number, boolean or null value. */
public final class ScalarNode extends Node {
    private final Object value;

    ScalarNode(SourceDocument document, int line, int column, Object value) {
        super(document, line, column);
        this.value = value;
    }

    /** String, Boolean, a Number (Long, BigInteger, Double or BigDecimal), or {@code null} for YAML/JSON null. */
    public Object value() {
        return value;
    }

    public boolean isString() {
        return value instanceof String;
    }

    public boolean isNumber() {
        return value instanceof Number;
    }

    public boolean isBoolean() {
        return value instanceof Boolean;
    }

    public boolean isNull() {
        return value == null;
    }

    public boolean asBoolean() {
        return Boolean.TRUE.equals(value);
    }

    /** The number as a double; NaN when this is not a number. */
    public double asDouble() {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The value as it would be written: strings as is, numbers in plain notation, "null" for null. */
    public String asString() {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal bd) {
            return bd.toPlainString();
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (value instanceof BigInteger bi) {
            return bi.toString();
        }
        return value.toString();
    }

    @Override
    public String toString() {
        return asString();
    }
}
