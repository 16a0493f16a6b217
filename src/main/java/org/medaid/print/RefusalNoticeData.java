package org.medaid.print;

import java.time.LocalDate;

/**
 * What the 不予救助告知书 shows (邵医保发〔2021〕32号 三(八) 「对不符合救助条件的，要书面说明理由，并通知申请人」): the
 * applicant, the application and its date, the stage and date of the refusal, the reasons, and when and how the
 * applicant was told ({@code toldOn} null: not yet; the notice prints a blank to fill by hand).
 */
public record RefusalNoticeData(String number, String personName, String idNumber, String township, String village,
        LocalDate appliedOn, String refusedAtStage, LocalDate refusedOn, String reasons, LocalDate toldOn, String toldHow,
        String office, LocalDate printedOn) {
}
