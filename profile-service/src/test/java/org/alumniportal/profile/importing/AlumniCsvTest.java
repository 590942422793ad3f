package org.alumniportal.profile.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.alumniportal.platform.web.PortalException;
import org.alumniportal.profile.importing.ImportReport.FieldError;
import org.alumniportal.platform.skills.SkillNormalizer;

class AlumniCsvTest {

    private final AlumniCsv csv = new AlumniCsv(new SkillNormalizer(), 5, 1950, 2032);

    private List<AlumniCsv.Row> read(String text) {
        return csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGoodRowIsNormalisedEmailLowerCaseAndSkillsSplitOnSemicolonOrBar() {
        List<AlumniCsv.Row> rows = read("""
                email,name,batchYear,company,role,location,skills
                  Ada.Lovelace@Example.EDU , Ada   Lovelace ,2015,Acme, Engineer ,London,java;js|  k8s
                """);

        assertThat(rows).hasSize(1);
        AlumnusData ada = rows.get(0).data();
        assertThat(ada.email()).isEqualTo("ada.lovelace@example.edu");
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.batchYear()).isEqualTo(2015);
        assertThat(ada.role()).isEqualTo("Engineer");
        assertThat(ada.skills()).hasSize(3).contains("JavaScript");
    }

    @Test
    void eachBadRowIsRejectedWithItsFieldsAndNumberWhileGoodRowsPass() {
        List<AlumniCsv.Row> rows = read("""
                email,name,batchYear,company,role,location,skills
                grace@example.edu,Grace Hopper,1934,,,,
                not-an-email,,20x5,,,,
                linus@example.edu,Linus,2001,,,,

                ,Nameless,,,,,
                """);

        assertThat(rows).extracting(AlumniCsv.Row::row).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(0).errors()).containsExactly(new FieldError("batchYear", "must be a year from 1950 to 2032"));
        assertThat(rows.get(1).errors()).extracting(FieldError::field).containsExactly("email", "name", "batchYear");
        assertThat(rows.get(1).email()).isEqualTo("not-an-email");
        assertThat(rows.get(2).valid()).isTrue();
        assertThat(rows.get(3).errors()).containsExactly(new FieldError("email", "is required"));
    }

    @Test
    void theSameAddressTwiceInOneFileRejectsTheSecondRow() {
        List<AlumniCsv.Row> rows = read("""
                email,name
                ada@example.edu,Ada
                ADA@example.edu,Ada again
                """);

        assertThat(rows.get(0).valid()).isTrue();
        assertThat(rows.get(1).errors()).containsExactly(new FieldError("email", "appears already in row 1"));
    }

    @Test
    void aRejectedRowDoesNotBlockItsCorrectedCopyFurtherDown() {
        List<AlumniCsv.Row> rows = read("""
                email,name,batchYear
                ada@example.edu,Ada,1800
                ada@example.edu,Ada,1980
                """);

        assertThat(rows.get(0).valid()).isFalse();
        assertThat(rows.get(1).data().batchYear()).isEqualTo(1980);
    }

    @Test
    void headerColumnsMayComeInAnyOrderCaseAndCommonSpellingsAndAfterAnExcelBom() {
        List<AlumniCsv.Row> rows = read("\uFEFFName,Batch Year,E-Mail,Skills\nAda,2015,ada@example.edu,Java\n");

        assertThat(rows.get(0).data().name()).isEqualTo("Ada");
        assertThat(rows.get(0).data().batchYear()).isEqualTo(2015);
        assertThat(rows.get(0).data().email()).isEqualTo("ada@example.edu");
    }

    @Test
    void aHeaderWithoutEmailOrNameRefusesTheWholeFile() {
        assertThatThrownBy(() -> read("mail_address,company\nada@example.edu,Acme\n"))
                .isInstanceOf(PortalException.class).hasMessageContaining("lacks email, name");
    }

    @Test
    void moreRowsThanTheLimitRefuseTheWholeFile() {
        StringBuilder text = new StringBuilder("email,name\n");
        for (int i = 0; i < 6; i++) {
            text.append("a").append(i).append("@example.edu,A\n");
        }
        assertThatThrownBy(() -> read(text.toString())).isInstanceOf(PortalException.class)
                .hasMessageContaining("at most 5");
    }

    @Test
    void anUnclosedQuoteOrNonUtf8TextRefusesTheFile() {
        assertThatThrownBy(() -> read("email,name\n\"ada@example.edu,Ada\n")).isInstanceOf(PortalException.class);
        byte[] latin1 = "email,name\nada@example.edu,Ad\u00e9le\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> csv.read(new ByteArrayInputStream(latin1))).isInstanceOf(PortalException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> read("")).isInstanceOf(PortalException.class).hasMessageContaining("empty");
    }
}
