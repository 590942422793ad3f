package org.alumniportal.profile.search;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alumniportal.profile.profile.AlumniProof;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PageResponse;

/**
 * The alumni directory: search, browse, and the filter options. Lists only alumni the caller may see (see
 * {@link Audience}), as cards without contact fields; every call spends one query of the caller's budget.
 */
@RestController
@RequestMapping("/api/profiles")
@Tag(name = "Directory and search")
class SearchController {

    private static final String SIZE_DOC = "page size, default 20; values above 50 are reduced to 50 (see the "
            + "response's size); results beyond the first 10,000 are not served";

    private final DirectoryIndex index;
    private final QueryBudget budget;
    private final AlumniProof proof;

    SearchController(DirectoryIndex index, QueryBudget budget, AlumniProof proof) {
        this.proof = proof;
        this.index = index;
        this.budget = budget;
    }

    @GetMapping("/search")
    @Operation(summary = "Search alumni; every given filter must match; by relevance, then most recently updated",
            description = "Only ALUMNI profiles the caller may see (never hidden; alumni-only ones for alumni and "
                    + "admins). Invalid parameters answer 400 'validation' with field errors; an exhausted query "
                    + "budget answers 429 'search-budget-exhausted' with Retry-After.")
    PageResponse<ProfileCard> search(CurrentUser user,
            @Parameter(description = "free text over name, headline, company, role, location and skills; every word "
                    + "(or word prefix) must occur") @RequestParam(required = false) String q,
            @Parameter(description = "name words, matched as prefixes or with one typo")
            @RequestParam(required = false) String name,
            @Parameter(description = "every word must occur in the current company")
            @RequestParam(required = false) String company,
            @Parameter(description = "comma separated; the profile must list all of them (spelling is normalised, "
                    + "e.g. js = JavaScript)") @RequestParam(required = false) List<String> skills,
            @Parameter(description = "graduation year, e.g. 2019") @RequestParam(required = false) String batchYear,
            @Parameter(description = "every word must occur in the current role")
            @RequestParam(required = false) String jobRole,
            @Parameter(description = "every word must occur in the location")
            @RequestParam(required = false) String location,
            @Parameter(description = "only admin-verified alumni") @RequestParam(required = false) String verifiedOnly,
            @Parameter(description = "from 0") @RequestParam(required = false) String page,
            @Parameter(description = SIZE_DOC) @RequestParam(required = false) String size) {
        QueryParams params = new QueryParams();
        SearchCriteria criteria = new SearchCriteria(q, name, company, QueryParams.list(skills),
                params.batchYear(batchYear), jobRole, location, params.flag("verifiedOnly", verifiedOnly));
        int pageNo = params.page(page);
        int pageSize = params.size(size);
        params.validate(pageNo, pageSize);
        budget.spend(user.id());
        return index.search(criteria, Audience.of(user, proof), pageNo, pageSize);
    }

    @GetMapping("/directory")
    @Operation(summary = "Browse alumni the caller may see, by name or most recently updated first")
    PageResponse<ProfileCard> directory(CurrentUser user,
            @Parameter(description = "name (default) or recent") @RequestParam(required = false) String sort,
            @Parameter(description = "from 0") @RequestParam(required = false) String page,
            @Parameter(description = SIZE_DOC) @RequestParam(required = false) String size) {
        QueryParams params = new QueryParams();
        DirectoryOrder order = params.order(sort);
        int pageNo = params.page(page);
        int pageSize = params.size(size);
        params.validate(pageNo, pageSize);
        budget.spend(user.id());
        return index.directory(Audience.of(user, proof), order, pageNo, pageSize);
    }

    @GetMapping("/filters/options")
    @Operation(summary = "Companies, skills, locations and batch years to filter by, with how many alumni the "
            + "caller can see have each (hidden profiles are never counted)")
    FilterOptions options(CurrentUser user) {
        budget.spend(user.id());
        return index.options(Audience.of(user, proof));
    }
}
