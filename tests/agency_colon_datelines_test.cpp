// South Asian and Gulf papers' agency credits and datelines: the credit lines of Indian papers ("With inputs from
// PTI", "(PTI)" alone), an agency's name with its company word ("PA Media contributed to this report"), and a place in
// capitals closed by a colon opening the text ("BENGALURU: The ...", "Bengaluru, Dec 3 (PTI): The ..."), told from a
// label ("WARNING: ...") and from a transcript's speaker ("COOPER: ..."). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "press_datelines.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("an Indian paper's credit and the agencies' longer names credit the agency", "[classify][agency][colon]") {
    struct Row {
        const char* line;
        std::vector<std::string> agencies; // empty: no agency tag
    };
    const std::vector<Row> rows = {
        {"With inputs from PTI", {"pti"}},
        {"With agency inputs from IANS", {"ians"}},
        {"With inputs from PTI and ANI", {"pti", "ani"}},
        {"(PTI)", {"pti"}},
        {"(IANS)", {"ians"}},
        {"(ANI)", {"ani"}},
        {"(nzpa)", {"nzpa"}},
        // the credit in parentheses
        {"(With inputs from PTI)", {"pti"}},
        {"(Additional reporting by AAP)", {"aap"}},
        // the British agency's name since 2020, and the agencies' names in full
        {"PA Media contributed to this report.", {"pa"}},
        {"Additional reporting by PA Media", {"pa"}},
        {"Australian Associated Press contributed to this story.", {"aap"}},
        {"Mit Material von PA Media", {"pa"}}, // de
        {"Avec PTI", {"pti"}},                 // fr
        {"Con información de PTI y EFE", {"pti", "efe"}}, // es
        // no agency named
        {"With inputs from our correspondent", {}},
        {"(With inputs from readers in the valley)", {}},
        {"(Reporting by Anna Roe; Editing by Piet Roe)", {}},
        {"Uni", {}}, // de: the university, no agency
        {"PA Media Group shares rose 3 per cent on Tuesday", {}},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(agency_tag(r.line).value_or(std::vector<std::string>{}) == r.agencies);
    }
}

TEST_CASE("a place in capitals closed by a colon opening the text is a dateline", "[classify][dateline][colon]") {
    struct Row {
        const char* paragraph;
        const char* place;
        const char* raw;
        std::vector<std::string> agencies;
    };
    const std::vector<Row> rows = {
        // en: the rule's cases, the place alone, with the day, with the agency's parenthesis
        {"BENGALURU: The Pink Line of Namma Metro will be thrown open to the public by the end of March, an official "
         "said.",
         "BENGALURU", "BENGALURU:", {}},
        {"ISLAMABAD, Dec 3: The federal cabinet approved a new plan for the river ports on Wednesday.", "ISLAMABAD",
         "ISLAMABAD, Dec 3:", {}},
        {"NEW DELHI: Schools in the capital will stay shut for two more days because of the smog, officials said.",
         "NEW DELHI", "NEW DELHI:", {}},
        {"Bengaluru, Dec 3 (PTI): The state government on Tuesday approved the new metro fares for students.",
         "Bengaluru", "Bengaluru, Dec 3 (PTI):", {"pti"}},
        {"NEW DELHI (IANS): The city's power demand reached a new winter high on Monday evening.", "NEW DELHI",
         "NEW DELHI (IANS):", {"ians"}},
        // other languages
        {"PATTAYA: Die Stadtverwaltung will den Strand im Norden bis Ende Januar für Badegäste sperren lassen.",
         "PATTAYA", "PATTAYA:", {}}, // de
        {"DAKAR : Le gouvernement a annoncé mardi la réouverture du port après trois jours de grève.", "DAKAR",
         "DAKAR :", {}}, // fr, the colon after a space
        // a dash further on in the text
        {"KARACHI: The port - the largest in the country - will dredge its eastern channel next year.", "KARACHI",
         "KARACHI:", {}},
        {"LIMA: El municipio cerrará el mercado central durante dos semanas por obras de drenaje.", "LIMA", "LIMA:",
         {}}, // es
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        auto d = dateline_tag(r.paragraph);
        REQUIRE(d);
        CHECK(d->place == r.place);
        CHECK(d->raw == r.raw);
        CHECK(d->agencies == r.agencies);
    }
}

TEST_CASE("a label, a speaker or a link's title closed by a colon is no dateline", "[classify][dateline][colon]") {
    const char* paragraphs[] = {
        // labels of a notice (lexicon section capital_label_words)
        "UPDATE: The road to the harbour has been reopened in both directions this afternoon.",
        "WARNING: This story contains details that some readers may find distressing.",
        "EDITOR'S NOTE: This story was changed on Tuesday to give the right name of the harbour master.",
        "ACTUALIZACIÓN: El puerto ha vuelto a abrir esta tarde después de seis horas de cierre por la niebla.",
        "AKTUALISIERUNG: Die Straße zum Hafen ist seit dem Nachmittag wieder in beide Richtungen frei.",
        // too short a head, a transcript's speaker
        "Q: What did the council decide about the harbour on Tuesday evening?",
        "UNIDENTIFIED MALE: We have been waiting here since six o'clock this morning.",
        "COOPER, CNN ANCHOR: Good evening, everyone, and welcome to the programme tonight.",
        // a related link's title under a place: no sentence
        "MONTEVERDE: Gemeinderat lehnt den Neubau der Schule am Hang knapp ab",
        "SANTA ROSA: Five things to know about the new ferry timetable",
        // not capitals
        "Update: The road to the harbour has been reopened in both directions this afternoon.",
    };
    for (const char* paragraph : paragraphs) {
        INFO(paragraph);
        CHECK_FALSE(dateline_tag(paragraph));
    }
}

TEST_CASE("a page of turns opened by capitals and a colon is a transcript, its first head no dateline",
          "[classify][dateline][colon]") {
    const Section transcript{std::nullopt,
                             {"COOPER: Good evening, everyone. Tonight we begin with the storm over the coast.",
                              "ROE: Thank you, Anderson. The wind has been blowing here since noon today.",
                              "COOPER: How many people have left their homes so far tonight?",
                              "ROE: About two thousand, the county says, and more are expected to leave."}};
    CHECK_FALSE(body_dateline({transcript}));
    // A dateline, then one notice further down: a dateline still.
    const Section story{std::nullopt,
                        {"KARACHI: The port authority said on Monday it would dredge the eastern channel next year.",
                         "The work is expected to take six months.",
                         "UPDATE: The authority later said the tender would be published in January."}};
    const auto d = body_dateline({story});
    REQUIRE(d);
    CHECK(d->place == "KARACHI");
    // A dash dateline is not asked about turns.
    const Section dashed{std::nullopt,
                         {"ROMA - Il governo ha approvato ieri sera il nuovo piano per i porti del Tirreno.",
                          "ROSSI: Lo abbiamo chiesto per anni e finalmente arriva.",
                          "BIANCHI: Non basta, servono anche i fondi per le ferrovie."}};
    const auto r = body_dateline({dashed});
    REQUIRE(r);
    CHECK(r->place == "ROMA");
}

TEST_CASE("a press release's place and day closed by a colon", "[classify][dateline][colon][press]") {
    auto en = press_dateline("MUMBAI, March 3, 2025: Acme Ltd today announced a new plant in the north of the state.",
                             "en");
    REQUIRE(en);
    CHECK(en->place == "MUMBAI");
    CHECK(en->iso == "2025-03-03");
    auto fr = press_dateline("Lyon, le 3 mars 2025 : La société Acme ouvre une usine au nord de la ville.", "fr");
    REQUIRE(fr);
    CHECK(fr->place == "Lyon");
    CHECK(fr->iso == "2025-03-03");
    // a reader's name and the day of the comment, then a small word: no release
    CHECK_FALSE(press_dateline("Anna Roe, 3. März 2025: und trotzdem fährt der Bus nicht.", "de"));
}

TEST_CASE("the colon dateline is the record's, and no part of the quote opening with it",
          "[classify][dateline][colon][page]") {
    const std::string page = "Home\nCities\n"
                             "Harbour line to open in March, says port chief\n"
                             "By Anna Roe\n"
                             "Updated: December 03, 2026 14:32 IST\n"
                             "CHENNAI: The new harbour line will be thrown open to the public by the end of March, "
                             "port trust chairman Ravi Kumar said on Wednesday.\n"
                             "Speaking to reporters after an inspection of the docks, Kumar said the first section "
                             "would open in February.\n"
                             "\"The civil work is almost complete,\" he said.\n"
                             "The line is expected to carry many thousands of passengers every day.\n"
                             "With inputs from PTI\n"
                             "About Us\nContact Us\n";
    const Article a = parse(page);
    CHECK(a.dateline.value_or("") == "CHENNAI");
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->agencies == std::vector<std::string>{"pti"});
    CHECK(a.source_tag->raw == "With inputs from PTI");
    for (const Quote& q : a.quotes) {
        INFO(q.text);
        CHECK(q.text.rfind("CHENNAI", 0) == std::string::npos);
    }
}
