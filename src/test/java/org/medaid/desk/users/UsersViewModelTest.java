package org.medaid.desk.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.store.Database;
import org.medaid.users.AuthService;
import java.util.EnumSet;
import org.medaid.session.Role;
import org.medaid.session.TestSessions;
import org.medaid.users.User;

/** 设置 › 用户与角色 over a real store: an administrator adds a reviewer, who can then log in. */
class UsersViewModelTest {

    @TempDir
    Path folder;
    private Database db;
    private AuthService auth;
    private User admin;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        auth = new AuthService(db);
        admin = auth.createFirstAdministrator("admin", "管理员", "admin-pass-1".toCharArray());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UsersViewModel model(User actor) {
        UsersViewModel m = new UsersViewModel(auth, new SameThreadTaskExecutor(), TestSessions.of(actor.id(), actor.login(), actor.roles()),
                Locale.SIMPLIFIED_CHINESE);
        m.reload();
        return m;
    }

    @Test
    void anAdministratorAddsAReviewerWhoCanLogIn() {
        UsersViewModel m = model(admin);
        m.loginProperty().set("shen");
        m.displayNameProperty().set("审核员");
        m.roles().clear();
        m.roles().add(Role.TOWNSHIP_REVIEWER);
        m.passwordProperty().set("review-pass-1");
        assertFalse(m.canAddBinding().get(), "not until the password is typed a second time");
        m.repeatProperty().set("review-pass-2");
        assertFalse(m.canAddBinding().get(), "the two differ");
        m.repeatProperty().set("review-pass-1");
        assertTrue(m.canAddBinding().get());
        m.add();
        assertEquals(2, m.users().size());
        assertEquals("已添加用户 shen", m.status().message());
        assertEquals(EnumSet.of(Role.TOWNSHIP_REVIEWER), auth.authenticate("shen", "review-pass-1".toCharArray()).orElseThrow().roles());
    }

    @Test
    void aShortPasswordKeepsAddDisabled() {
        UsersViewModel m = model(admin);
        m.loginProperty().set("li");
        m.displayNameProperty().set("李");
        m.passwordProperty().set("short-pw-1");
        m.repeatProperty().set("short-pw-1");
        assertTrue(m.canAddBinding().get());
        m.passwordProperty().set("short-pw1");
        m.repeatProperty().set("short-pw1");
        assertFalse(m.canAddBinding().get(), "nine characters");
    }

    @Test
    void aClerkCannotManageUsers() {
        User clerk = auth.createUser(TestSessions.of(admin.id(), admin.login(), admin.roles()), "jing", "经办员", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
        UsersViewModel m = model(clerk);
        m.loginProperty().set("x");
        m.displayNameProperty().set("x");
        m.passwordProperty().set("long-enough-1");
        m.repeatProperty().set("long-enough-1");
        assertFalse(m.mayManageUsers());
        assertFalse(m.canAddBinding().get());
    }

    @Test
    void aDeactivatedUserCannotLogInAndIsStillListed() {
        auth.createUser(TestSessions.of(admin.id(), admin.login(), admin.roles()), "jing", "经办员", EnumSet.of(Role.CLERK), "clerk-pass-1".toCharArray());
        UsersViewModel m = model(admin);
        User jing = m.users().stream().filter(u -> u.login().equals("jing")).findFirst().orElseThrow();
        m.selectedProperty().set(jing);
        m.toggleActive();
        assertEquals(2, m.users().size());
        assertTrue(auth.authenticate("jing", "clerk-pass-1".toCharArray()).isEmpty());
    }
}
