package dev.onair.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Stack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in a real browser: sign-in, the forced change of the initial password,
 * the dependency dashboard, sign-out. Assumes a fresh database (bin/onair test recreates it),
 * where the initial admin still has the password {@code admin}.
 */
class AdminConsoleIT {

    private static final List<String> DEPENDENCIES = List.of("database", "redis", "broker", "media");
    private static final Map<String, String> ALL_UP = DEPENDENCIES.stream()
            .collect(Collectors.toMap(d -> d, d -> "UP"));
    private static final int REFRESHES = 5;
    private static final Path SCREENSHOT = Path.of("target", "admin-dashboard.png");
    private static final Path FAILURE_PAGE = Path.of("target", "admin-failure.html");
    private static final Path FAILURE_SCREENSHOT = Path.of("target", "admin-failure.png");

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    /** Leaves the last page behind (source and picture) when a browser test fails, then closes the browser. */
    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> {
        if (chromium == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                Files.createDirectories(FAILURE_PAGE.getParent());
                Files.writeString(FAILURE_PAGE, browser.getCurrentUrl() + "\n" + browser.getPageSource());
                screenshot(FAILURE_SCREENSHOT);
            }
        } finally {
            chromium.close();
        }
    };

    @Test
    void adminChangesTheInitialPasswordAndSeesEveryDependencyUp() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String newPassword = "OnAir-" + UUID.randomUUID();

        browser.get(Stack.http() + "/admin");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));

        signIn("admin", "not-the-password");
        assertTrue(text("login:messages").contains("Wrong username or password"), text("login:messages"));
        // a failed attempt must leave nothing behind that changes how the next protected page answers
        browser.get(Stack.http() + "/admin/dashboard.xhtml");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));

        signIn("admin", "admin");
        wait.until(d -> d.getCurrentUrl().contains("change-password.xhtml") || !d.findElements(errors("login")).isEmpty());
        Assumptions.assumeTrue(browser.getCurrentUrl().contains("change-password.xhtml"),
                "admin/admin was refused: the database is not fresh (the initial admin already changed its "
                        + "password); bin/onair test recreates it, or drop the database of the stack and restart it");

        browser.get(Stack.http() + "/admin/dashboard.xhtml");
        wait.until(ExpectedConditions.urlContains("/admin/change-password.xhtml"));

        changePassword("admin", "short", "short");
        wait.until(ExpectedConditions.visibilityOfElementLocated(errors("change")));
        assertTrue(text("change:messages").contains("at least 8 characters"), text("change:messages"));
        assertTrue(browser.getCurrentUrl().contains("change-password.xhtml"));

        changePassword("admin", newPassword, newPassword);
        wait.until(ExpectedConditions.urlContains("/admin/dashboard.xhtml"));
        assertTrue(text("dashboard:messages").contains("Password changed"), text("dashboard:messages"));
        assertEquals(ALL_UP, awaitAllUp(), () -> "dashboard: " + text("dashboard:health"));
        assertEquals("ALL UP", text("dashboard:overall"));
        screenshot(SCREENSHOT);
        refresh();
        assertEquals(ALL_UP, dependencyStatuses(), () -> "dashboard after refresh: " + text("dashboard:health"));

        browser.findElement(By.id("header:logout")).click();
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.get(Stack.http() + "/admin/dashboard.xhtml");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));

        signIn("admin", newPassword);
        wait.until(ExpectedConditions.urlContains("/admin/dashboard.xhtml"));
        assertEquals("admin", text("header:user"));
        assertEquals(DEPENDENCIES.size(), dependencyStatuses().size());
    }

    /** Without a session no address, tricked or not, renders the dashboard. */
    @ParameterizedTest
    @ValueSource(strings = {
        "/admin/dashboard.xhtml",
        "/admin/",
        "/admin/change-password.xhtml",
        "/admin/jakarta.faces.resource/../dashboard.xhtml",
        "/admin/jakarta.faces.resource/..;/dashboard.xhtml",
        "/admin/login.xhtml/../dashboard.xhtml"
    })
    void anonymousRequestNeverGetsTheDashboard(String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(Stack.http() + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertFalse(response.body().contains("dashboard:health"), () -> path + " rendered the dashboard");
        assertFalse(response.body().contains("change:current"), () -> path + " rendered the password form");
        if (response.statusCode() / 100 == 3) {
            String location = response.headers().firstValue("Location").orElse("");
            assertTrue(location.contains("/admin/login.xhtml"), () -> path + " redirected to " + location);
        } else {
            assertTrue(response.statusCode() >= 400, () -> path + " answered " + response.statusCode());
        }
    }

    private void signIn(String username, String password) {
        type("login:username", username);
        type("login:password", password);
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("login:submit")).click();
        wait.until(replaced(page));
    }

    private void changePassword(String current, String next, String confirmation) {
        type("change:current", current);
        type("change:new", next);
        type("change:confirm", confirmation);
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("change:submit")).click();
        wait.until(replaced(page));
    }

    /** Refresh redraws the form by Ajax: wait until the old table is gone and the new one is there. */
    private void refresh() {
        WebElement table = browser.findElement(By.id("dashboard:health"));
        browser.findElement(By.id("dashboard:refresh")).click();
        wait.until(replaced(table));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard:health")));
    }

    /**
     * The first check after deployment also opens the pools, which may take longer than the
     * check's deadline: a dependency still DOWN gets a few refreshes before the statuses
     * are taken as they are.
     */
    private Map<String, String> awaitAllUp() {
        Map<String, String> statuses = dependencyStatuses();
        for (int i = 0; i < REFRESHES && !statuses.equals(ALL_UP); i++) {
            refresh();
            statuses = dependencyStatuses();
        }
        return statuses;
    }

    private Map<String, String> dependencyStatuses() {
        return browser.findElements(By.cssSelector("[id='dashboard:health'] tbody tr")).stream()
                .collect(Collectors.toMap(
                        row -> row.findElement(By.cssSelector("td.dependency-name")).getText().strip(),
                        row -> row.findElement(By.cssSelector("td.dependency-status .ui-tag")).getText().strip()));
    }

    /**
     * The page was replaced by the next one. Chromium reports a node of the page being
     * torn down either as stale or as "does not belong to the document": both mean gone.
     */
    private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> replaced(WebElement page) {
        return driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        };
    }

    private void type(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static By errors(String form) {
        return By.cssSelector("[id='" + form + ":messages'] .ui-messages-error");
    }

    private void screenshot(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
