package org.medaid.print;

import java.time.LocalDate;
import java.util.List;

/**
 * What the 受理回执 shows (邵医保发〔2021〕32号 三(八)): the application's number, the applicant, the type of application
 * and its clause, the documents received and those still missing, the acceptance date from which the township's
 * 10 working days run and the date they end, the urgent mark (特事特办), the office and the clerk.
 */
public record IntakeReceiptData(String number, String personName, String idNumber, String township, String village,
        String typeLabel, String source, List<String> received, List<String> missing, LocalDate acceptedOn,
        LocalDate visitDue, boolean urgent, String urgentReason, String office, String clerk, LocalDate printedOn) {

    public IntakeReceiptData {
        received = List.copyOf(received);
        missing = List.copyOf(missing);
    }
}
