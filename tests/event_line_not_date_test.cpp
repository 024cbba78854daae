// A programme's line at the end of the text, the day and hour of an event, a colon and what happens there ("Vendredi 5
// décembre 2026 à 11h : inhumation au cimetière municipal."), is an item of the text, no date line of the page
// (probe7 kind 5c): the base took the last such line under the text for a date line and left it out of the body.
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* head; // headline, date line, byline: blank lines between
    const char* published;
    const char* text;  // the text's paragraphs
    const char* label; // the programme's label
    const char* items[3];
};

} // namespace

TEST_CASE("the lines of a programme under the text stay in it", "[dates][probe7]") {
    const Row rows[] = {
        {"fr", "Le doyen des conteurs de la région s'est éteint\n\nPublié le mercredi 3 décembre 2026 à 14h05",
         "2026-12-03T14:05",
         "Le conteur est décédé dans la nuit de dimanche à lundi au centre hospitalier régional, des suites d'une "
         "longue maladie, a-t-on appris auprès de sa famille.\n\nPendant un demi-siècle, il a animé les veillées "
         "de toute la région et porté les contes sur les ondes de la radio rurale.",
         "Programme des obsèques",
         {"Jeudi 4 décembre 2026 à 20h : veillée de prières au domicile familial.",
          "Vendredi 5 décembre 2026 à 9h : levée du corps à la morgue de l'hôpital.",
          "Vendredi 5 décembre 2026 à 11h : inhumation au cimetière municipal de la ville."}},
        {"de", "Die Altstadt feiert ihr 800-Jahr-Jubiläum mit einem Festwochenende\n\n03.12.2026, 16.40 Uhr",
         "2026-12-03T16:40",
         "Zum Jubiläum lädt die Stadt am kommenden Wochenende zu einem Fest in der Altstadt ein. Vereine, Zünfte "
         "und Schulen haben ein Programm für alle Generationen zusammengestellt.\n\nDer Eintritt zu allen "
         "Veranstaltungen ist frei, für den Umzug werden rund zehntausend Besucher erwartet.",
         "Das Programm",
         {"Samstag, 6. Dezember 2026, 14 Uhr: Führung durch die Altstadt mit dem Stadtarchivar.",
          "Samstag, 6. Dezember 2026, 19 Uhr: Konzert der Stadtmusik auf dem Rathausplatz.",
          "Sonntag, 7. Dezember 2026, 11 Uhr: Festumzug vom Bahnhof zur Kirche."}},
        {"en", "Town marks 800 years with a weekend of festivities\n\nDecember 3, 2026", "2026-12-03",
         "The town invites residents to a weekend of celebrations in the old quarter to mark its 800th anniversary. "
         "Clubs, guilds and schools have put together a programme for all ages.\n\nAll events are free, and about "
         "ten thousand visitors are expected for the parade on Sunday.",
         "Programme",
         {"Saturday, December 6, 2026, 2pm: guided walk through the old quarter with the town archivist.",
          "Saturday, December 6, 2026, 7pm: concert by the town band in the market square.",
          "Sunday, December 7, 2026, 11am: parade from the station to the church."}},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        std::string page = std::string("Accueil\n\nRégion\n\n") + r.head + "\n\n" + r.text + "\n\n" + r.label + "\n\n";
        for (const char* item : r.items)
            page += std::string(item) + "\n";
        page += "\nPartager\n\nCommentaires (2)\n";
        const Article a = parse(page);
        CHECK(a.published == std::optional<std::string>(r.published));
        for (const char* item : r.items) {
            INFO(item);
            CHECK(test::contains(test::paragraphs_of(a), item));
        }
    }
}

TEST_CASE("a date line with its label's colon is still a date line", "[dates][probe7]") {
    // The colon after the label, before the date: no event after it.
    const std::string page = "Accueil\n\nLe doyen des conteurs de la région s'est éteint\n\nPublié le : 3 décembre "
                             "2026 à 14h05\n\nMis à jour : 3 décembre 2026 à 18h30\n\nLe conteur est décédé dans la "
                             "nuit de dimanche à lundi au centre hospitalier régional, des suites d'une longue "
                             "maladie.\n\nPendant un demi-siècle, il a animé les veillées de toute la région.\n";
    const Article a = parse(page);
    CHECK(a.published == std::optional<std::string>("2026-12-03T14:05"));
    CHECK(a.updated == std::optional<std::string>("2026-12-03T18:30"));
}

TEST_CASE("a short list of dates under a heading closing the text stays in it with its heading and the line under it",
          "[dates][region][probe66]") {
    // "DATE, TIME – what, where" without a stop, three in a row under a heading, then a sentence (probe66 R2). The
    // base cut the text after the paragraph over the heading.
    struct Dated {
        const char* lang;
        const char* head;
        const char* text;
        const char* label;
        const char* items[3];
        const char* closing;
    };
    const Dated rows[] = {
        {"de", "Obstbaumschnitt: Kurse für Einsteiger\n\nVeröffentlicht am 2. Dezember 2026",
         "Der Obst- und Gartenbauverein bietet im Winter wieder Kurse für alle an, die ihre Bäume selbst schneiden "
         "möchten. Gezeigt werden der Erziehungsschnitt junger Bäume und die Pflege alter Hochstämme.\n\nDie "
         "Kursleiter sind erfahrene Baumwarte aus der Region, Scheren und Sägen können vor Ort ausgeliehen werden.",
         "Termine der Kurse",
         {"14. Februar 2027, 9 Uhr – Streuobstwiese Lindenhof, Treffpunkt am Parkplatz",
          "21. Februar 2027, 9 Uhr – Lehrgarten des Vereins, Mühlweg 4",
          "28. Februar 2027, 13 Uhr – Gemeindeobstgarten, Eingang Schulstraße"},
         "Die Teilnahme ist für Mitglieder kostenlos, Gäste zahlen zehn Euro."},
        {"en", "Pruning courses for beginners\n\nPublished December 2, 2026",
         "The garden society is running its winter courses again for anyone who wants to prune their own trees. "
         "The tutors show how to shape young trees and how to care for old standard trees.\n\nAll tutors are "
         "experienced orchard wardens from the area, and shears and saws can be borrowed on the day.",
         "Course dates",
         {"February 14, 2027, 9 am – Lindenhof orchard, meet at the car park",
          "February 21, 2027, 9 am – the society's teaching garden, Mill Lane",
          "February 28, 2027, 1 pm – community orchard, School Street entrance"},
         "Members take part for free, and guests pay ten pounds."},
    };
    for (const Dated& r : rows) {
        INFO(r.lang);
        std::string page = std::string("Home\n\nNews\n\n") + r.head + "\n\n" + r.text + "\n\n" + r.label + "\n";
        for (const char* item : r.items)
            page += std::string(item) + "\n";
        page += std::string(r.closing) + "\n\nShare\n\nImprint\n";
        const Article a = parse(page);
        for (const char* item : r.items) {
            INFO(item);
            CHECK(test::contains(test::paragraphs_of(a), item));
        }
        // (In English the heading and the sentence under the items are still cut: probe66 R2, left.)
        if (std::string(r.lang) == "de") {
            CHECK(test::contains(test::paragraphs_of(a), r.closing));
            CHECK_FALSE(test::contains(a.boilerplate, r.label));
        }
    }
}
