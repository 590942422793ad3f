package org.alumniportal.job.listing;

import java.util.Arrays;
import java.util.List;

import org.alumniportal.job.job.JobType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;

/** The job board: open jobs, newest first, filtered. */
@RestController
@Tag(name = "Jobs")
class JobListController {

    private final JobIndex index;

    JobListController(JobIndex index) {
        this.index = index;
    }

    @GetMapping("/api/jobs")
    @Operation(summary = "Open jobs (ACTIVE, before their deadline), newest first; every given filter must match")
    PageResponse<JobCard> list(@RequestParam(required = false) String company,
            @RequestParam(required = false) String location,
            @Parameter(description = "comma separated; a job must require all of them")
            @RequestParam(required = false) List<String> skills,
            @RequestParam(required = false) JobType jobType,
            @RequestParam(required = false) Boolean remote,
            @Parameter(description = "words that must all occur in title, description or company")
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        List<String> skillList = skills == null ? List.of()
                : skills.stream().flatMap(s -> Arrays.stream(s.split(","))).filter(s -> !s.isBlank()).toList();
        return index.search(new JobFilter(company, location, skillList, jobType, remote, q), Paging.page(page),
                Paging.size(size));
    }
}
