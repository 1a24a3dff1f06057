package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Done-when of tenant isolation: every endpoint of API.md × every role × own and other tenant, with the demo
 * accounts. Agency admins are confined to their agency, employers to what was released to their organization,
 * learners to themselves; every refusal leaks nothing. The same matrix runs against Keycloak in KeycloakAccessTest.
 */
class TenantIsolationTest extends HubTest {

    @BeforeEach
    void noLiveGrantsBefore() {
        revokeAllGrants();
    }

    @AfterEach
    void noLiveGrantsAfter() {
        revokeAllGrants();
    }

    @Test
    void everyRoleGetsWhatApiMdDescribesAndNothingOfAnotherTenant() {
        AccessMatrix matrix = AccessMatrix.create(hub());

        assertThat(matrix.run(AccessMatrix.CALLERS)).isEmpty();
        matrix.ownersStillHaveWhatOthersTriedToTouch();
    }
}
