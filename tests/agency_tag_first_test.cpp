// Agency datelines and tags of shapes the wires print (meta13): the tag before the place ("(ANSA) - BARI, 03 DIC -",
// "(EFE) - MADRID, 3 dic -", "(Reuters) - " with no place), a tag alone closed by a full stop ("(ANSA)."), a
// dateline under a caption kept in the text, a picture's credit label naming an agency ("Image: PA"), a wire's credit
// line in parentheses ("(Reporting by ...; Editing by ...)"). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "press_datelines.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("the agency's tag opening the text before its place is a tagged dateline", "[classify][dateline][tag_first]") {
    struct Row {
        const char* paragraph;
        const char* place; // "" for a tag with no place
        const char* raw;
        std::vector<std::string> agencies;
    };
    const Row rows[] = {
        // it: ANSA, AGI and Adnkronos print the tag, the place, the day, each closed by a dash
        {"(ANSA) - BARI, 03 DIC - La giunta regionale ha approvato oggi il piano per il reimpianto degli ulivi.", "BARI",
         "(ANSA) - BARI, 03 DIC -", {"ansa"}},
        {"(AGI) - Roma, 3 dic - Il governo ha approvato in serata il decreto sulle concessioni dei porti minori.", "Roma",
         "(AGI) - Roma, 3 dic -", {"agi"}},
        // es, de: the same shape
        {"(EFE) - MADRID, 3 dic - El Gobierno aprobó este martes el plan de obras del puerto de la ciudad.", "MADRID",
         "(EFE) - MADRID, 3 dic -", {"efe"}},
        {"(dpa) - BERLIN - Die Regierung hat am Dienstag den Plan für den Ausbau des Hafens beschlossen.", "BERLIN",
         "(dpa) - BERLIN -", {"dpa"}},
        // en: the tag alone before the text, no place
        {"(Reuters) - Harbour Air will pay a fine of $12 million over late refunds, the department said.", "",
         "(Reuters) -", {"reuters"}},
        // a capitalised name between dashes, no day, is no place: the tag alone
        {"(AP) - President Anna Roe - who spoke on Tuesday - said the plan would pass before the winter.", "",
         "(AP) -", {"ap"}},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const auto tag = dateline_tag(r.paragraph);
        REQUIRE(tag);
        CHECK(tag->place == r.place);
        CHECK(tag->raw == r.raw);
        CHECK(tag->agencies == r.agencies);
    }
    // No agency in the parenthesis, no dash after it, or no sentence after the dash: no tagged dateline.
    for (const char* paragraph : {
             "(Foto) - La giunta regionale ha approvato oggi il piano per il reimpianto degli ulivi.",
             "(ANSA) La giunta regionale ha approvato oggi il piano per il reimpianto degli ulivi.",
             "(Reuters) - see more",
         }) {
        INFO(paragraph);
        CHECK_FALSE(dateline_tag(paragraph));
    }
}

TEST_CASE("an agency's tag alone keeps the full stop of the text it closed", "[classify][agency][tag_first]") {
    struct Row {
        const char* line;
        std::vector<std::string> agencies; // empty: no tag
    };
    const Row rows[] = {
        {"(ANSA).", {"ansa"}},      // it
        {"(ats).", {"ats"}},        // fr-CH
        {"(EFE).", {"efe"}},        // es
        {"(APA/red).", {"apa"}},    // de-AT
        {"(Bild).", {}},            // de: a picture's label, no agency
        {"(siehe oben).", {}},      // de: a pointer, no agency
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(agency_tag(r.line).value_or(std::vector<std::string>{}) == r.agencies);
    }
}

TEST_CASE("a picture's credit label before an agency credits the picture, a text's source label the text",
          "[classify][agency][credit_label]") {
    struct Row {
        const char* line;
        std::vector<std::string> agencies; // empty: no tag of the text
    };
    const Row rows[] = {
        {"Image: PA", {}},         // en: the rule's cases
        {"Credit: PA", {}},
        {"Credit: Reuters", {}},
        {"Pictures: AFP", {}},
        {"Photo: PA", {}},         // (already so)
        {"Crédit : AFP", {}},      // fr, its space before the colon
        {"Fotos: EFE", {}},        // es
        {"Bild: dpa", {}},         // de (already so)
        {"Quelle: dpa", {"dpa"}},  // de: where the text comes from
        {"Source : AFP", {"afp"}}, // fr
        {"Fuente: EFE", {"efe"}},  // es
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(agency_tag(r.line).value_or(std::vector<std::string>{}) == r.agencies);
    }
}

TEST_CASE("the dateline opens the first paragraph of prose, under a caption kept in the text",
          "[classify][dateline][first_prose]") {
    struct Row {
        std::vector<std::string> paragraphs;
        const char* place; // "" for none
    };
    const Row rows[] = {
        // it: a caption closed by its rights notice, then the tagged dateline
        {{"Un uliveto colpito dalla Xylella nelle campagne di Gallipoli - RIPRODUZIONE RISERVATA",
          "(ANSA) - BARI, 03 DIC - La giunta regionale ha approvato oggi il piano per il reimpianto degli ulivi."},
         "BARI"},
        // en: a caption with no full stop, then the writer's dateline
        {{"Police officers at the closed pier in Harbourtown on Monday",
          "HARBOURTOWN — The pier will stay closed until the spring while engineers check the old timber piles."},
         "HARBOURTOWN"},
        // fr: the same
        {{"Le quai fermé de Port-Vireval lundi matin",
          "PORT-VIREVAL (AFP) - Le quai restera fermé jusqu'au printemps, le temps de vérifier les vieux pieux."},
         "PORT-VIREVAL"},
        // a first paragraph of prose with no dateline: none is looked for further down
        {{"The pier will stay closed until the spring, the council said on Monday.",
          "HARBOURTOWN — Engineers will check the old timber piles first, the harbour master said on Monday."},
         ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraphs.back());
        const std::vector<Section> sections = {Section{std::nullopt, r.paragraphs}};
        const auto tag = body_dateline(sections);
        CHECK((tag ? tag->place : std::string()) == r.place);
    }
}

TEST_CASE("a page whose text opens with the agency's tag and no place has the tag and no dateline",
          "[classify][dateline][tag_first]") {
    const Article a = parse("Airline fined over late refunds\n"
                            "(Reuters) - Harbour Air will pay a fine of $12 million over late refunds to passengers, "
                            "the Transportation Department said on Wednesday.\n"
                            "The airline said it had changed its refund system and would pay the fine in full before "
                            "the end of the year.\n");
    CHECK_FALSE(a.dateline);
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "(Reuters) -");
    CHECK(a.source_tag->agencies == std::vector<std::string>{"reuters"});
    // The tag is no part of the reported words.
    bool found = false;
    for (const auto& q : a.quotes)
        if (q.text.find("Harbour Air will pay") != std::string::npos) {
            found = true;
            CHECK(q.text.rfind("Harbour Air", 0) == 0);
        }
    CHECK(found);
}

TEST_CASE("a wire's credit of its reporters and editors is the page's, not the text's", "[classify][wire_credit]") {
    struct Row {
        const char* line;
        bool boilerplate;
    };
    const Row rows[] = {
        {"(Reporting by Jane Roe in Harbourtown; Editing by Sam Vale)", true}, // en: the rule's case
        {"(Reporting by Jane Roe; Additional reporting by Ann Lee; Editing by Sam Vale.)", true},
        {"Reporting by Jane Roe; Writing by Ann Lee; Editing by Sam Vale", true},
        {"(Writing by Jane Roe)", true},
        {"(Reporte de Ana Ruiz; Editado por Luis Gil)", true},          // es
        {"(Bericht von Anna Muster; Redigiert von Hans Beispiel)", true}, // de
        {"(Reportage de Jean Dupont; Édité par Paul Martin)", true},     // fr
        // an agency's credit in parentheses tags the text
        {"(Additional reporting by AAP)", false},
        // one credit, no parentheses: a byline may read so
        {"Reporting by Jane Roe", false},
        // a sentence holding a semicolon
        {"Written by Jane Roe; she has covered the harbour for ten years.", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(is_boilerplate_phrase(r.line) == r.boilerplate);
    }
}

TEST_CASE("a German page's place in small letters and a dash opening the text is its dateline",
          "[classify][dateline][small_place_dash]") {
    struct Row {
        const char* paragraph;
        const char* lang;
        const char* place; // "" for none
    };
    const Row rows[] = {
        // de-AT, de-CH: the APA's and the SDA's manner
        {"Linz – Die Erstversorgungsambulanz im Spital wird ab Jänner auch am Wochenende geöffnet.", "de", "Linz"},
        {"Wien - Der Gemeinderat hat am Dienstag das neue Budget für die städtischen Bäder beschlossen.", "de", "Wien"},
        {"Garmisch-Partenkirchen – Die Bergbahn bleibt wegen der Sanierung bis zum Sommer geschlossen.", "de",
         "Garmisch-Partenkirchen"},
        // in capitals: plain_dateline()'s
        {"LINZ – Die Erstversorgungsambulanz im Spital wird ab Jänner auch am Wochenende geöffnet.", "de", ""},
        // too few words after the dash, no sentence, two words before it
        {"Linz – Die Ambulanz öffnet.", "de", ""},
        {"Kirmes - Lichter und Musik am alten Hafen für die ganze Familie", "de", ""},
        {"Anna Roe – Ein Blog über Fähren, Häfen und das Leben an der Küste.", "de", ""},
        // other languages: a capitalised word before a dash is most often a name or a label there
        {"Harbourtown – The pier will stay closed until the spring for repairs to the piles.", "en", ""},
        {"Vireval – Le quai restera fermé jusqu'au printemps pour la réparation des pieux.", "fr", ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        CHECK(small_place_dash(r.paragraph, r.lang).value_or("") == r.place);
    }
}
