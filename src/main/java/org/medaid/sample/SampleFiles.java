package org.medaid.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medaid.identity.PolicyArea;
import org.medaid.importer.Field;
import org.medaid.model.Labels;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/**
 * Writes a sample township as two CSV files (UTF-8 with BOM, so Excel opens them): people.csv and
 * categories.csv; the second is a list the importer reads as it is.
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static void write(PolicyArea area, Path folder) throws IOException {
        SampleTownship town = SampleTownship.of(area);
        List<SamplePerson> people = SampleGenerator.generate(area);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("people.csv"), "\uFEFF" + people(town, people), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("categories.csv"), "\uFEFF" + categories(people), StandardCharsets.UTF_8);
    }

    static String people(SampleTownship town, List<SamplePerson> people) {
        StringBuilder out = new StringBuilder(CsvOut.line(List.of(Field.NAME.label(SampleLists.zh()), Field.ID_NUMBER.label(SampleLists.zh()),
                town.text().getProperty("header.sex"), town.text().getProperty("header.birthDate"), Field.TOWNSHIP.label(SampleLists.zh()),
                Field.VILLAGE.label(SampleLists.zh()), Field.HEAD_NAME.label(SampleLists.zh()), Field.HEAD_ID_NUMBER.label(SampleLists.zh()), Field.RELATION.label(SampleLists.zh()),
                Field.PHONE.label(SampleLists.zh()), Field.BANK_ACCOUNT.label(SampleLists.zh()), town.text().getProperty("header.insurance"),
                town.text().getProperty("header.enrolmentYear"))));
        for (SamplePerson s : people) {
            PersonRecord p = s.person();
            String headName = people.stream().filter(h -> h.person().idNumber().equals(s.headIdNumber())).findFirst()
                    .orElseThrow().person().name();
            out.append(CsvOut.line(List.of(p.name(), p.idNumber(), Labels.of(p.sex(), SampleLists.zh()), p.birthDate().toString(), p.township(),
                    p.village(), headName, s.headIdNumber(), p.relation(), p.phone(), p.bankAccount(),
                    Labels.of(p.insurance(), SampleLists.zh()), String.valueOf(p.enrolmentYear()))));
        }
        return out.toString();
    }

    static String categories(List<SamplePerson> people) {
        StringBuilder out = new StringBuilder(CsvOut.line(List.of(Field.NAME.label(SampleLists.zh()), Field.ID_NUMBER.label(SampleLists.zh()),
                Field.CATEGORY.label(SampleLists.zh()), Field.FROM.label(SampleLists.zh()), Field.TO.label(SampleLists.zh()), Field.DEPARTMENT.label(SampleLists.zh()),
                Field.DOCUMENT_NO.label(SampleLists.zh()))));
        for (SamplePerson s : people) {
            for (CategoryRecord k : s.categories()) {
                out.append(CsvOut.line(categoryCells(s.person(), k)));
            }
        }
        return out.toString();
    }

    static List<String> categoryCells(PersonRecord p, CategoryRecord k) {
        List<String> cells = new ArrayList<>(List.of(p.name(), p.idNumber(), Labels.of(k.code(), SampleLists.zh()), k.from().toString(),
                k.to() == null ? "" : k.to().toString(), Labels.of(k.department(), SampleLists.zh()), k.documentNo()));
        return cells;
    }
}
