package org.medaid.desk.firstrun;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.backup.CountyPolicies;
import org.medaid.desk.common.Texts;
import org.medaid.identity.RegionCodes;
import org.medaid.policy.PolicyRegistry;
import org.medaid.settings.DeskSettings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 核对待确认参数 at the first run names the policy's insurance condition when its document has no such sentence
 * ({@code coverage.required} unconfirmed, ADR 0092): not a figure of the table, but as unconfirmed; Linyi's is confirmed.
 */
class FiguresPageInsuranceConditionTest {

    private static final Texts TEXTS = Texts.load(DeskSettings.CHINESE);

    @TempDir
    Path data;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private String intro(String code) throws Exception {
        CountyViewModel county = new CountyViewModel(RegionCodes.bundled(), PolicyRegistry.bundled(), LocalDate.of(2024, 12, 20));
        FiguresViewModel step = new FiguresViewModel(new CountyPolicies(data), new FigureLabels(TEXTS));
        String[] text = new String[1];
        WaitForAsyncUtils.asyncFx(() -> {
            FiguresView view = new FiguresView(step, county, TEXTS);
            assertTrue(county.choose(code), code);
            step.policyProperty().set(county.policyProperty().get().policy());
            text[0] = ((Label) view.view().lookup("#introLabel")).getText();
        }).get();
        return text[0];
    }

    @Test
    void shaoyangNamesTheUnconfirmedConditionLinyiDoesNot() throws Exception {
        String shaoyang = intro("430522");
        assertTrue(shaoyang.contains("\n另有一项条件待确认（不是数值参数，不在下表）：邵医保发〔2021〕32号未写明医疗救助须已参加基本医疗保险"),
                shaoyang);
        // no administrator exists before the wizard's end, so no county decision yet: the page says where it is recorded (ADR 0098)
        assertTrue(shaoyang.endsWith("。县区有文件规定的，首次设置完成后可由系统管理员在 设置 › 县级参数 记录县区的决定及其文号、条款和原文。"),
                shaoyang);
        String linyi = intro("371302");
        assertFalse(linyi.contains("另有一项条件待确认"), linyi);
    }
}
