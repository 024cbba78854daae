// A standfirst printed under the byline and the date lines, right over the paragraph that opens with a dateline, is
// the lede, and the dateline under it is read (probe7 kind 1): the base took the standfirst for the body's first
// paragraph and so read no dateline. The place's small words inside its name ("Viana do Castelo") and Burkina Faso's
// agency (AIB) are read too. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* head;       // the headline and the lines under it (byline, date), blank lines between
    const char* standfirst; // the lede
    const char* opening;    // the body's first paragraph, opened by a dateline
    const char* place;
    const char* agency; // "" for none
};

std::string page_of(const Row& r) {
    return std::string("Accueil\n\nActualités\n\n") + r.head + "\n\n" + r.standfirst + "\n\n" + r.opening + "\n\n" +
           "Les services de l'État suivent la situation de près et un nouveau point est prévu demain matin. Die "
           "Behörden verfolgen die Lage laufend und informieren am Donnerstag erneut.\n";
}

} // namespace

TEST_CASE("a standfirst under the byline and date lines, over the dateline, is the lede", "[opening][lede][probe7]") {
    const Row rows[] = {
        {"fr",
         "Koudougou pleure la voix des veillées du Boulkiemdé\n\nPublié le mercredi 3 décembre 2026 à 14h05 | Par "
         "Salif Ouédraogo",
         "Le conteur et musicien s'est éteint lundi à l'âge de 81 ans. Pendant un demi-siècle, il a animé les "
         "veillées de toute la région.",
         "Koudougou, 3 déc. (AIB) - Le conteur est décédé dans la nuit de dimanche à lundi au centre hospitalier "
         "régional, des suites d'une longue maladie, a-t-on appris auprès de sa famille.",
         "Koudougou", "aib"},
        {"pt", "Aviso amarelo para o Alto Minho: chuva forte e vento até sexta-feira\n\n03 dez 2026, 10:20",
         "A depressão que se aproxima deve trazer até 60 milímetros de chuva em 24 horas. Os bombeiros pedem "
         "cuidado nas estradas junto aos rios.",
         "Viana do Castelo, 03 dez 2026 (Lusa) - O instituto colocou hoje o distrito sob aviso amarelo devido à "
         "previsão de chuva por vezes forte e vento com rajadas até 80 quilómetros por hora.",
         "Viana do Castelo", "lusa"},
        {"it", "Neve in alta valle, catene obbligatorie sulla statale\n\ndi Chiara Bordoni\n\n3 dicembre 2026, 07:45",
         "Fino a 40 centimetri nella notte. Chiuso il passo per valanghe, disagi per i pendolari diretti in "
         "Svizzera.",
         "CHIAVENNA - La prima vera nevicata della stagione ha imbiancato la valle nella notte tra martedì e "
         "mercoledì, con fino a 40 centimetri di neve fresca sopra i mille metri.",
         "CHIAVENNA", ""},
        {"en", "Gales close the harbour bridge for a second day\n\nBy Jane Roe\n\nDecember 3, 2026 10:20",
         "Gusts of up to 90 mph are expected overnight. The coastguard is asking people to keep away from the sea "
         "front until Friday.",
         "KESTLE BAY (Reuters) - Gales forced the closure of the harbour bridge for a second day on Wednesday, and "
         "ferries to the islands were cancelled until further notice.",
         "KESTLE BAY", "reuters"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.standfirst);
        const Article a = parse(page_of(r));
        REQUIRE(a.lede);
        CHECK(*a.lede == r.standfirst);
        REQUIRE(a.dateline);
        CHECK(*a.dateline == r.place);
        if (*r.agency != '\0') {
            REQUIRE(a.source_tag);
            CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
        }
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.front().paragraphs.front() == r.opening);
    }
}

TEST_CASE("a line under the head lines over a paragraph with no dateline is no lede by that rule",
          "[opening][lede][probe7]") {
    // The same shape, the paragraph under it opened by no dateline: the line stays the body's first paragraph.
    const std::string first = "Le conteur et musicien s'est éteint lundi à l'âge de 81 ans. Pendant un demi-siècle, il "
                              "a animé les veillées de toute la région.";
    const std::string page = "Accueil\n\nActualités\n\nKoudougou pleure la voix des veillées du "
                             "Boulkiemdé\n\nPublié le mercredi 3 décembre 2026 à 14h05 | Par Salif Ouédraogo\n\n" +
                             first +
                             "\n\nLe conteur est décédé dans la nuit de dimanche à lundi au centre hospitalier "
                             "régional, des suites d'une longue maladie, a-t-on appris auprès de sa famille.\n\nIl "
                             "avait appris les contes auprès de son grand-père avant de les porter sur les ondes de la "
                             "radio rurale dans les années 1980.\n";
    const Article a = parse(page);
    CHECK_FALSE(a.dateline);
    REQUIRE_FALSE(a.sections.empty());
    CHECK(a.sections.front().paragraphs.front() == first);
}

TEST_CASE("a place's small words inside its name open a dateline with the agency's tag",
          "[agencies][dateline][probe7]") {
    struct Case {
        const char* paragraph;
        const char* place; // "" for no dateline
    };
    const Case cases[] = {
        {"Viana do Castelo, 03 dez 2026 (Lusa) - O instituto colocou hoje o distrito sob aviso amarelo.",
         "Viana do Castelo"},
        {"Châlons en Champagne, 3 déc. (AFP) - La préfecture a levé mercredi l'alerte aux crues du fleuve.",
         "Châlons en Champagne"},
        {"Puerto de la Cruz, 3 dic (EFE) - El ayuntamiento ha cerrado la playa por el fuerte oleaje.",
         "Puerto de la Cruz"},
        {"San Vito di Cadore, 3 dic. (ANSA) - Il comune ha chiuso la strada per il rischio di valanghe.",
         "San Vito di Cadore"},
        // A small word opening the line is no place's; nor a word that is no particle inside it.
        {"do Castelo, 03 dez 2026 (Lusa) - O instituto colocou hoje o distrito sob aviso amarelo.", ""},
        {"Segundo fontes oficiais (Lusa) - O instituto colocou hoje o distrito sob aviso amarelo.", ""},
    };
    for (const Case& c : cases) {
        INFO(c.paragraph);
        const auto tag = dateline_tag(c.paragraph);
        if (*c.place == '\0') {
            CHECK_FALSE((tag && !tag->place.empty()));
            continue;
        }
        REQUIRE(tag);
        CHECK(tag->place == c.place);
    }
}
