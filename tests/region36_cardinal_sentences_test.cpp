// A brief's short sentence of a number in words and nouns, "Budowa trwała dwa lata.", "Obras duraram dois anos.",
// "Bouw duurde twee jaar.", has no stopword: the number in words ([cardinal_words], now in pl, pt and nl as in de,
// fr, es, it and en) is what makes it a sentence (region_joins.cpp brief_sentence()), and the brief's run of
// sentences goes on past it. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "region_parts.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

TEST_CASE("a short sentence of a number in words reads as a brief's sentence", "[region][region36]") {
    struct Row {
        const char* lang;
        const char* line;
        bool sentence;
    };
    const Row rows[] = {
        {"pl", "Budowa trwała dwa lata.", true},
        {"pl", "Remont potrwa trzy miesiące.", true},
        {"pl", "Prace kosztowały dziesięć tysięcy.", true},
        {"pt", "Obras duraram dois anos.", true},
        {"pt", "Reparação demora três meses.", true},
        {"nl", "Bouw duurde twee jaar.", true},
        {"nl", "Herstel duurt drie maanden.", true},
        // the same shape with no number in words and no stopword is no sentence of a brief; a label, a call
        {"pl", "Budowa trwała długo.", false},
        {"pt", "Obras duraram semanas.", false},
        {"pl", "Czytaj także", false},
        {"nl", "Volg ons op Instagram.", false},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        CHECK(brief_sentence(test::block_of(r.line), r.lang) == r.sentence);
    }
}

namespace {

const char* const pl_brief = "Kurier Doliny\nKraj\nRegion\nSport\nZaloguj się\n"
                             "Nowa szkoła w Zaleszu otwarta\n"
                             "Uczniowie wrócili do odnowionego budynku przy ulicy Polnej.\n"
                             "Marek Zięba\n4 marca 2026, 10:05\nUdostępnij\n"
                             "Szkoła podstawowa w Zaleszu przyjęła w poniedziałek pierwszych uczniów po długiej "
                             "przebudowie. Na lekcje przyszło ponad dwustu dzieci.\n"
                             "Dyrektorka jest zadowolona z efektów.\n"
                             "Remont potrwa trzy miesiące.\n"
                             "Sala gimnastyczna będzie gotowa latem.\n"
                             "Rodzice są zadowoleni z nowych klas.\n"
                             "Czytaj także\nNowe rondo przy dworcu\nRegulamin\nKontakt\n";

} // namespace

TEST_CASE("a brief's run of sentences goes on past a sentence of a number in words", "[region][region36]") {
    const Article a = parse(pl_brief);
    CHECK(test::has_paragraph_starting(a, "Szkoła podstawowa w Zaleszu"));
    CHECK(test::in_text(a, "Remont potrwa trzy miesiące."));
    CHECK(test::in_text(a, "Sala gimnastyczna będzie gotowa latem."));
    CHECK(test::in_text(a, "Rodzice są zadowoleni z nowych klas."));
    CHECK_FALSE(test::in_text(a, "Nowe rondo przy dworcu"));
}
