package org.medaid.desk.common;

import java.util.function.Supplier;

/** A value made once, on first use, by whichever thread asks first (in the desk: the worker). */
public final class Memo<T> implements Supplier<T> {

    private final Supplier<T> make;
    private volatile T value;

    private Memo(Supplier<T> make) {
        this.make = make;
    }

    public static <T> Memo<T> of(Supplier<T> make) {
        return new Memo<>(make);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    value = make.get();
                }
                v = value;
            }
        }
        return v;
    }
}
