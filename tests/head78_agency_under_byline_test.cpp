// Tests of an agency's name alone on the line right under the byline, the date line read above it ("di Mario Rossi" /
// "Ats/Red", "Von Anna Muster" / "dpa"): the agency that wrote the text, the record's source tag, and no picture's
// credit. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("an agency's name alone under the byline is the record's source tag", "[classify][source_tag][byline]") {
    struct Row {
        const char* lang;
        const char* head; // the site's menu, the date line and the title, over the byline
        const char* byline;
        const char* agency;
        std::vector<std::string> agencies;
        const char* text;
    };
    const char* const it_head = "Ticino\nPolitica\n05.12.2026 - 17:30\nIl Municipio approva il credito per le "
                                "nuove piste ciclabili\n";
    const char* const it_text = "Con 25 voti favorevoli e 6 contrari il Consiglio comunale ha approvato ieri sera il "
                                "credito di 4 milioni di franchi per le nuove piste ciclabili.\n"
                                "I lavori cominceranno in primavera e dureranno due anni, secondo il piano presentato "
                                "dal Municipio in aula.\nLe opposizioni chiedevano di rinviare il voto.\n";
    const char* const de_head = "Region\nPolitik\n05.12.2026, 17:30 Uhr\nGemeinderat bewilligt Kredit für neue "
                                "Velowege\n";
    const char* const de_text = "Mit 25 zu 6 Stimmen hat der Gemeinderat am Abend einen Kredit von vier Millionen "
                                "Franken für neue Velowege bewilligt.\n"
                                "Die Arbeiten beginnen im Frühling und dauern zwei Jahre, wie aus dem Plan der "
                                "Gemeinde hervorgeht.\nDie Opposition wollte die Abstimmung verschieben.\n";
    const Row rows[] = {
        {"it", it_head, "di Mario Rossi", "ATS", {"ats"}, it_text},
        {"it", it_head, "di Mario Rossi", "Ats/Red", {"ats"}, it_text},
        {"de", de_head, "Von Anna Muster", "dpa", {"dpa"}, de_text},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.byline << " / " << r.agency);
        const std::string page = std::string(r.head) + r.byline + "\n" + r.agency + "\n" + r.text;
        const Article a = classify(segment(page), r.lang);
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->raw == r.agency);
        CHECK(a.source_tag->agencies == r.agencies);
        CHECK(a.media.empty());
    }
}

TEST_CASE("a picture agency's name under the byline is no source tag", "[classify][source_tag][byline]") {
    // (Keystone and Ti-Press sell pictures, write no text: their name alone is a credit, no agency's tag.)
    const std::string page = "Ticino\nPolitica\n05.12.2026 - 17:30\nIl Municipio approva il credito per le nuove "
                             "piste ciclabili\ndi Mario Rossi\nTi-Press\nCon 25 voti favorevoli e 6 contrari il "
                             "Consiglio comunale ha approvato ieri sera il credito di 4 milioni di franchi.\nI lavori "
                             "cominceranno in primavera e dureranno due anni, secondo il piano del Municipio.\n";
    const Article a = classify(segment(page), "it");
    CHECK_FALSE(a.source_tag.has_value());
}
