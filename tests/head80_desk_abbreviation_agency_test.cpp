// Tests of an agency's name alone under a desk's abbreviation that signs the text in the byline's place ("di Red" /
// "Ats/Red", "Réd." / "ATS"): the desk names no author, but it stands where the byline does, so the agency's name under
// it is the record's source tag, as under a person's byline. Every line is invented.
#include <catch2/catch.hpp>

#include "byline_desks.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

const char* const it_head = "Ticino\nPolitica\n05.12.2026 - 17:30\nIl Municipio approva il credito per le nuove piste "
                            "ciclabili\n";
const char* const it_text = "Con 25 voti favorevoli e 6 contrari il Consiglio comunale ha approvato ieri sera il "
                            "credito di 4 milioni di franchi per le nuove piste ciclabili.\n"
                            "I lavori cominceranno in primavera e dureranno due anni, secondo il piano presentato dal "
                            "Municipio in aula.\nLe opposizioni chiedevano di rinviare il voto.\n";
const char* const fr_head = "Vaud\nPolitique\n05.12.2026 - 17:30\nLe Conseil communal accepte le crédit pour les "
                            "nouvelles pistes cyclables\n";
const char* const fr_text = "Par 25 voix contre 6, le Conseil communal a accepté hier soir le crédit de 4 millions de "
                            "francs pour les nouvelles pistes cyclables.\n"
                            "Les travaux commenceront au printemps et dureront deux ans, selon le plan présenté par la "
                            "Municipalité.\nL'opposition voulait reporter le vote.\n";

} // namespace

TEST_CASE("a desk's abbreviation is read alone or in a slashed tag", "[classify][source_tag][byline]") {
    for (const char* piece : {"Red", "Red.", "red", "Réd.", "RÉD."})
        CHECK(desk_abbreviation(piece));
    for (const char* piece : {"Rete", "Redazione Sport", "Rd", ""})
        CHECK_FALSE(desk_abbreviation(piece));
}

TEST_CASE("an agency's name alone under a desk's abbreviation is the source tag", "[classify][source_tag][byline]") {
    struct Row {
        const char* lang;
        const char* head; // the site's menu, the date line and the title, over the desk's line
        const char* desk;
        const char* agency;
        std::vector<std::string> agencies;
        const char* text;
    };
    const Row rows[] = {
        {"it", it_head, "di Red", "Ats/Red", {"ats"}, it_text},
        {"it", it_head, "di Red.", "ATS", {"ats"}, it_text},
        {"fr", fr_head, "Réd.", "ATS", {"ats"}, fr_text},
        {"fr", fr_head, "Par Réd.", "AFP", {"afp"}, fr_text},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.desk << " / " << r.agency);
        const std::string page = std::string(r.head) + r.desk + "\n" + r.agency + "\n" + r.text;
        const Article a = classify(segment(page), r.lang);
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->raw == r.agency);
        CHECK(a.source_tag->agencies == r.agencies);
        CHECK(a.media.empty());
    }
}

TEST_CASE("a picture agency's name under a desk's abbreviation is no source tag", "[classify][source_tag][byline]") {
    // (Ti-Press sells pictures and writes no text: its name alone is a credit, no agency's tag.)
    const std::string page = std::string(it_head) + "di Red\nTi-Press\n" + it_text;
    const Article a = classify(segment(page), "it");
    CHECK_FALSE(a.source_tag.has_value());
}
