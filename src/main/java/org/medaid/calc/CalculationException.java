package org.medaid.calc;

/** The input cannot be settled: no policy in force, a bill outside its year, and the like. */
public class CalculationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CalculationException(String message) {
        super(message);
    }
}
