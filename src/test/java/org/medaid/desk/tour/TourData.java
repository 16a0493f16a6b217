package org.medaid.desk.tour;

import java.time.LocalDate;
import java.util.List;
import org.medaid.desk.common.DeskServices;
import org.medaid.desk.main.DeskWindow;
import org.medaid.desk.person.CategoryActions;
import org.medaid.desk.person.CategoryDraft;
import org.medaid.desk.person.PersonViewModel;
import org.medaid.identity.Department;
import org.medaid.identity.IdNumbers;
import org.medaid.model.Category;
import org.medaid.model.Insurance;
import org.medaid.store.CategoryRecord;
import org.medaid.store.PersonRecord;

/** A few fictional people for the screenshot tour, and the categories the tour adds on the form. */
final class TourData {

    private TourData() {
    }

    static void enrol(DeskServices s) {
        String[][] people = {
            {"张三", "19560212", "枣园镇", "前岭村", "MINIMUM_LIVING"},
            {"张淑芬", "19610820", "枣园镇", "前岭村", "EXTREME_POOR"},
            {"李建国", "19490105", "枣园镇", "后岭村", "SEVERE_DISABILITY"},
            {"王桂兰", "19530318", "枣园镇", "后岭村", "MONITORED_UNSTABLE"},
            {"赵德福", "19720911", "义堂镇", "东夏庄村", "LIFTED"},
            {"刘秀珍", "19681127", "义堂镇", "东夏庄村", "MINIMUM_LIVING"},
            {"陈志强", "19850602", "义堂镇", "西夏庄村", "MARGINAL"},
            {"杨春梅", "19900714", "李官镇", "石埠村", "RELAPSED"},
        };
        int seq = 11;
        for (String[] p : people) {
            String id = id("371302", p[1], seq);
            seq += 2;
            PersonRecord r = new PersonRecord(0, 0, p[0], id, null, null, null, p[2], p[3], null, "本人", null, null,
                    Insurance.RESIDENT, 2026, false);
            Category c = Category.valueOf(p[4]);
            LocalDate to = seq % 3 == 0 ? s.today().plusDays(20) : null;
            s.people().enrol(r, List.of(new CategoryRecord(0, 0, 0, c, LocalDate.of(2022, 3, 1), to,
                    Department.CIVIL_AFFAIRS, "兰民发〔2022〕" + seq + "号", false)), "tour");
        }
    }

    static void addCategories(DeskWindow window) {
        PersonViewModel form = window.people().currentPerson();
        CategoryActions actions = form.categoryActions();
        CategoryDraft low = actions.newDraft();
        low.categoryProperty().set(Category.MINIMUM_LIVING);
        low.fromTextProperty().set("2023-03-01");
        low.documentNoProperty().set("兰民发〔2023〕15号");
        actions.add(low);
        CategoryDraft disabled = actions.newDraft();
        disabled.categoryProperty().set(Category.SEVERE_DISABILITY);
        disabled.fromTextProperty().set("2021-06-10");
        disabled.documentNoProperty().set("兰残联〔2021〕8号");
        actions.add(disabled);
        form.premiumYearProperty().set(2024);
    }

    /** A valid ID number: region, birth date, sequence, and the GB 11643 check character. */
    static String id(String region, String birth, int seq) {
        String first = region + birth + String.format("%03d", seq);
        return first + IdNumbers.checkChar(first);
    }
}
