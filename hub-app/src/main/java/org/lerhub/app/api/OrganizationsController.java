package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.lerhub.engine.store.Organizations;
import org.lerhub.schema.OrganizationType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organizations")
class OrganizationsController {

    private final Organizations organizations;

    OrganizationsController(Organizations organizations) {
        this.organizations = organizations;
    }

    /** An organization as clients list it. */
    record OrganizationView(String id, String type, String name) {
    }

    @GetMapping("/api/v1/organizations")
    @Operation(summary = "Organizations of a type, e.g. the employers a learner can release records to")
    List<OrganizationView> list(@RequestParam(defaultValue = "EMPLOYER") OrganizationType type) {
        return organizations.ofType(type).stream()
                .map(o -> new OrganizationView(o.id().value(), o.type().name(), o.name())).toList();
    }
}
