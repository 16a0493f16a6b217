package org.medaid.desk.person;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.medaid.desk.ShotsFolder;
import org.medaid.desk.bills.ScreensFixture;
import org.medaid.desk.bills.ScreensGuiTest;
import org.medaid.model.Category;
import org.medaid.store.PersonRecord;

/**
 * The person screen in the real desk says a Linyi person's category edit held for the month's list
 * (临医保发〔2022〕13号 六, ADR 0051) when the person is opened again, so the clerk does not enter it twice.
 */
class HeldEditsBannerGuiTest extends ScreensGuiTest {

    private PersonRecord wang;

    @Override
    protected void fill(ScreensFixture f) {
        wang = f.person("王秀英", ScreensFixture.LINYI, "前岭村", Category.MINIMUM_LIVING);
        long span = f.work.people().categories(wang.id()).get(0).id();
        f.work.heldEdits().holdEnd(span, LocalDate.of(2024, 5, 31), ScreensFixture.service(f.clerk));
    }

    @Test
    void openingThePersonSaysTheEditHeldForTheList() throws Exception {
        openAs(fx.clerk);
        robot.interact(() -> window.people().openPerson(wang.id()));
        Label banner = robot.lookup("#bannerText").queryAs(Label.class);
        waitUntil(() -> banner.getText() != null && banner.getText().contains("已暂存"));
        assertTrue(banner.isVisible() && banner.getText().contains("至 2024-05-31"), banner.getText());
        ShotsFolder.shoot(window.scene(), "person-held-edit.png");
    }
}
