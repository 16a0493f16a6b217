package org.medaid.desk.bills;

/**
 * An inpatient stay of the person the bill form offers as the stay a referred stay continues
 * (邵医保发〔2021〕32号 四(十二)): the stored bill's id and how the clerk knows it (dates, hospital, total).
 */
public record EarlierStay(long billId, String label) {

    @Override
    public String toString() {
        return label;
    }
}
