// A page of briefs: each brief a label of a few words (its place, its rubric) over its title over its text, often
// closed by a desk's initials in parentheses ("(réd)", "(bp)", "(dpa/lby)"). One section per brief, headed by its
// title; the label heads no section of its own (sections_headings.cpp brief_label(), where the page prints two such
// briefs at least), and a text closed by its stop and a desk's initials is text under a heading
// (sections_build.cpp tagged_sentence(), initials_parenthesis()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "sections_parts.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

const std::string fr_page =
    "Le Messager du Jura\n"
    "Actualité\n"
    "Région\n"
    "Sport\n"
    "En bref\n"
    "Les brèves du jour\n"
    "Vendredi 5 décembre 2026\n"
    "Le Grand Conseil a adopté jeudi le budget de l'an prochain. La dette devrait être réduite de moitié d'ici 2030, selon le gouvernement. (com)\n"
    "Delémont\n"
    "Un piéton renversé près de la gare\n"
    "Un piéton de 72 ans a été renversé par une voiture jeudi soir devant la gare. Il a été transporté à l'hôpital dans un état grave, selon la police cantonale. (réd)\n"
    "Porrentruy\n"
    "La piscine couverte fermée pour travaux\n"
    "La piscine couverte restera fermée jusqu'à la fin du mois de février en raison de travaux sur la toiture. (ats)\n"
    "Moutier\n"
    "Une nouvelle directrice à l'hôpital\n"
    "Le conseil d'administration a nommé Anne Froidevaux à la tête de l'hôpital. Elle entrera en fonction le 1er mars. (réd)\n"
    "Vos brèves par e-mail\n"
    "© Le Messager du Jura\n";

const std::string de_page =
    "Oberland Kurier\n"
    "Startseite\n"
    "Region\n"
    "Sport\n"
    "Kurz gemeldet\n"
    "Die Meldungen aus der Region\n"
    "Freitag, 5. Dezember 2026\n"
    "Der Kreistag hat am Donnerstag den Haushalt für das kommende Jahr beschlossen. Die Schulden sollen bis 2030 halbiert werden, teilte das Landratsamt mit. (pol)\n"
    "Murnau\n"
    "Radfahrer bei Unfall am Bahnhof schwer verletzt\n"
    "Ein 58 Jahre alter Radfahrer ist am Donnerstagabend an der Kreuzung am Bahnhof von einem Lieferwagen erfasst worden. Er kam mit schweren Verletzungen in die Klinik. (bp)\n"
    "Garmisch\n"
    "Neuer Schnee schließt die Passstraße\n"
    "Die Straße über den Pass bleibt wegen starker Schneefälle bis auf Weiteres gesperrt. Eine Öffnung ist vor dem Frühjahr nicht geplant. (dpa/lby)\n"
    "Weilheim\n"
    "Neue Leiterin für das Kreiskrankenhaus\n"
    "Der Aufsichtsrat hat Sabine Kramer zur neuen Geschäftsführerin des Krankenhauses bestimmt. Sie tritt ihr Amt am 1. März an. (red)\n"
    "Impressum\n"
    "© Oberland Kurier\n";

const std::string en_page =
    "Valley Courier\n"
    "News\n"
    "Sport\n"
    "In brief\n"
    "News from around the county\n"
    "Friday, December 5, 2026\n"
    "The county board approved next year's budget on Thursday. Debt is to be halved by 2030, the council said. (jd)\n"
    "Millbrook\n"
    "Cyclist seriously hurt in station crash\n"
    "A 58-year-old cyclist was struck by a delivery van at the station crossing on Thursday evening and taken to hospital with serious injuries. (kr)\n"
    "Ashford\n"
    "Snow closes the mountain road\n"
    "The road over the pass will stay closed because of heavy snowfall, and it is not expected to reopen before the spring. (am)\n"
    "Harlow\n"
    "New chief for the county hospital\n"
    "The hospital board has named Sarah Kramer as its new chief executive. She takes up the post on March 1. (jd)\n"
    "Contact us\n"
    "© Valley Courier\n";

struct Brief {
    const char* label;
    const char* title;
};

struct Row {
    const char* lang;
    const std::string& page;
    std::vector<Brief> briefs;
};

} // namespace

TEST_CASE("a page of briefs heads each brief with its title, its label heading no empty section",
          "[region][region46]") {
    const Row rows[] = {
        {"fr", fr_page,
         {{"Delémont", "Un piéton renversé près de la gare"},
          {"Porrentruy", "La piscine couverte fermée pour travaux"},
          {"Moutier", "Une nouvelle directrice à l'hôpital"}}},
        {"de", de_page,
         {{"Murnau", "Radfahrer bei Unfall am Bahnhof schwer verletzt"},
          {"Garmisch", "Neuer Schnee schließt die Passstraße"},
          {"Weilheim", "Neue Leiterin für das Kreiskrankenhaus"}}},
        {"en", en_page,
         {{"Millbrook", "Cyclist seriously hurt in station crash"},
          {"Ashford", "Snow closes the mountain road"},
          {"Harlow", "New chief for the county hospital"}}},
    };
    for (const auto& r : rows) {
        const Article a = parse(r.page);
        for (const auto& s : a.sections) {
            INFO(r.lang << ": " << s.heading.value_or("(none)"));
            CHECK_FALSE(s.paragraphs.empty());
        }
        for (const auto& b : r.briefs) {
            INFO(r.lang << ": " << b.title);
            CHECK(test::contains(test::headings_of(a), b.title));
            CHECK_FALSE(test::contains(test::headings_of(a), b.label));
            CHECK_FALSE(test::contains(test::paragraphs_of(a), b.title));
            CHECK_FALSE(test::contains(test::paragraphs_of(a), b.label));
        }
    }
}

TEST_CASE("a lone label over a heading is no brief's label", "[region][region46]") {
    // (The German page with its last two briefs taken out: one label over one title, the stacked headings of
    // over_heading(), the label heading its empty section as before.)
    std::string page = test::replaced(de_page, "Garmisch\n", "");
    page = test::replaced(page, "Neuer Schnee schließt die Passstraße\n", "");
    page = test::replaced(page, "Weilheim\n", "");
    page = test::replaced(page, "Neue Leiterin für das Kreiskrankenhaus\n", "");
    const Article a = parse(page);
    CHECK(test::contains(test::headings_of(a), "Murnau"));
}

TEST_CASE("a text closed by its stop and a desk's initials is text under its heading", "[region][region46]") {
    // "... selon la police cantonale. (réd)", "... in die Klinik. (bp)": the initials end the text as a stop does;
    // initials of capitals or of a word too long are no desk's.
    struct Closing {
        const char* lang;
        const std::string& page;
        const char* title;
        const char* closing;
    };
    const Closing rows[] = {
        {"fr", fr_page, "Un piéton renversé près de la gare", "(réd)"},
        {"de", de_page, "Radfahrer bei Unfall am Bahnhof schwer verletzt", "(bp)"},
        {"en", en_page, "Cyclist seriously hurt in station crash", "(kr)"},
    };
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.closing);
        CHECK(test::contains(test::headings_of(parse(r.page)), r.title));
    }
}

TEST_CASE("a desk's initials in parentheses after a stop close a sentence", "[region][region46]") {
    for (const char* line : {"Il a été transporté à l'hôpital, selon la police cantonale. (réd)",
                             "Er kam mit schweren Verletzungen in die Klinik. (bp)",
                             "Die Straße bleibt bis auf Weiteres gesperrt. (dpa/lby)",
                             "She takes up the post on March 1. (jd)"}) {
        INFO(line);
        CHECK(tagged_sentence(line));
    }
    // (Capitals that are no agency's, a word too long, no stop before the parenthesis, a figure: no desk's initials.)
    for (const char* line : {"The council met on Thursday. (ABC)", "The council met on Thursday. (archive)",
                             "The council met on Thursday (jd)", "The council met on Thursday. (p3)"}) {
        INFO(line);
        CHECK_FALSE(tagged_sentence(line));
    }
}
