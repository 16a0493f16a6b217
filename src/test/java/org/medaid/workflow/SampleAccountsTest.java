package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medaid.identity.PolicyArea;
import org.medaid.sample.SampleGenerator;
import org.medaid.sample.SamplePerson;
import org.medaid.sample.SampleScenario;

/** Every sample bank account passes the check the approval and payout make (Payee: 16–19 digits, Luhn on cards). */
class SampleAccountsTest {

    @ParameterizedTest
    @ValueSource(strings = {"430524", "445122", "371321", "371302", "450126", "450103"})
    void everyAccountOfTheSampleTownshipOfAChosenCountyPassesThePayoutCheck(String county) {
        List<String> failing = new ArrayList<>();
        List<SamplePerson> people = SampleScenario.of(county, LocalDate.of(2026, 12, 2), org.medaid.policy.WorkingCalendar.bundled()).people();
        for (SamplePerson s : people) {
            String account = s.person().bankAccount();
            if (!Payee.luhn(account) || !Payee.validAccount(account).equals(account)) {
                failing.add(account);
            }
        }
        assertEquals(List.of(), failing, "accounts failing the Luhn check");
        assertTrue(people.size() >= SampleGenerator.MIN_PEOPLE);
    }

    @ParameterizedTest
    @EnumSource(PolicyArea.class)
    void everyAccountInTheCommittedPeopleFilePassesTheCheck(PolicyArea area) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("samples/townships", area.id(), "people.csv"), StandardCharsets.UTF_8);
        int column = List.of(lines.get(0).replace("\uFEFF", "").split(",")).indexOf("银行账号");
        assertTrue(column >= 0, "no 银行账号 column in " + lines.get(0));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String account = line.split(",")[column];
            assertTrue(Payee.luhn(account), area + ": " + account + " fails the Luhn check");
            checked++;
        }
        assertTrue(checked >= SampleGenerator.MIN_PEOPLE, "accounts checked: " + checked);
    }
}
