package org.medaid.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The application procedure as data in the policy files (POLICY-NOTES §8, ADR 0038). */
class ProcedureDataTest {

    private static final PolicyRegistry BUNDLED = PolicyRegistry.bundled();

    @Test
    void shaoyang2021GivesTheStepsAndDeadlinesOfItsClauseConfirmed() {
        Procedure p = BUNDLED.byId("shaoyang-2021").orElseThrow().procedure();
        assertNotNull(p);
        assertEquals(List.of(10, 10, 10), p.steps().stream().map(Procedure.Step::workingDays).toList());
        assertEquals(5, p.quarterlyNotice().workingDays());
        assertEquals("乡镇人民政府（街道办事处）", p.townshipReview().actor());
        assertEquals("县级医疗保障部门", p.countyReview().actor());
        assertEquals("受理申请之日", p.townshipReview().counts());
        assertTrue(p.townshipReview().days().source().startsWith("邵医保发〔2021〕32号 三(八)"), p.townshipReview().days().source());
        assertFalse(p.preApprovalNoticeOn(), "no notice before approval unless the county sets one");
        assertEquals(List.of("procedure.preApprovalNotice.days"), p.unconfirmed().stream().map(Param::name).toList(),
                "only the county's own setting is open");
    }

    @Test
    void theOtherPoliciesCarryTheSameFiguresMarkedUnconfirmedWithTheirOwnClause() {
        for (String id : List.of("shaoyang-2019", "guangxi-2022", "chaozhou-2021", "linyi-2022")) {
            Policy policy = BUNDLED.byId(id).orElseThrow();
            Procedure p = policy.procedure();
            assertEquals(List.of(10, 10, 10), p.steps().stream().map(Procedure.Step::workingDays).toList(), id);
            assertEquals(5, p.unconfirmed().size(), id + ": every figure of the procedure is the county's to confirm");
            assertTrue(p.source().startsWith(policy.document()) || p.source().startsWith("广西通知"), p.source());
            assertTrue(policy.unconfirmed().containsAll(p.unconfirmed()), id + ": listed with the policy's unconfirmed figures");
            for (Param d : p.unconfirmed()) {
                assertTrue(d.label().contains("工作日"), d.label());
            }
        }
    }

    @Test
    void theLoaderRefusesDaysThatAreNotWholeWorkingDaysAndAStepWithoutActor() throws IOException {
        ObjectNode half = shaoyang();
        ((ObjectNode) half.get("procedure").get("countyReview")).put("days", 2.5);
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.read("shaoyang-2021.yaml", half));
        assertTrue(e.getMessage().contains("procedure.countyReview") && e.getMessage().contains("whole number"), e.getMessage());

        ObjectNode zero = shaoyang();
        ((ObjectNode) zero.get("procedure").get("payment")).put("days", 0);
        assertThrows(PolicyException.class, () -> PolicyLoader.read("shaoyang-2021.yaml", zero));

        ObjectNode noActor = shaoyang();
        ((ObjectNode) noActor.get("procedure").get("townshipReview")).remove("actor");
        PolicyException a = assertThrows(PolicyException.class, () -> PolicyLoader.read("shaoyang-2021.yaml", noActor));
        assertTrue(a.getMessage().contains("actor"), a.getMessage());
    }

    private static ObjectNode shaoyang() throws IOException {
        try (InputStream in = ProcedureDataTest.class.getResourceAsStream("/org/medaid/policies/shaoyang-2021.yaml")) {
            return (ObjectNode) new YAMLMapper().readTree(in);
        }
    }
}
