// A body that opens with a heading, right under the byline and date lines or under a live blog's pinned label, keeps that heading as its first section's (RECORD: "the first section's heading is
// null unless the body opens with a heading"): region_body_drops.cpp heading_over_region(). Invented pages.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>

using namespace archive;

namespace {
std::optional<std::string> first_heading(const Article& a) {
    return a.sections.empty() ? std::nullopt : a.sections.front().heading;
}
} // namespace

TEST_CASE("a heading opening the body under the date line heads the first section", "[region][sections][region45]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* heading;
    };
    const Row rows[] = {
        {"en",
         "Harbour Weekly\nOpinion\nThe county should stop stalling on the ferry pier now\nBy Jane Roe\nMarch 12, 2025\n"
         "Why the pier matters\n"
         "The council closed the old pier last year, and nothing has replaced the crossing to the islands since.\n"
         "The islanders have grown tired of waiting for the shuttle boat the council promised them in the spring.\n"
         "What comes next\n"
         "The council will debate the matter again in April, when the budget for the coming year is set.\n"
         "Privacy\n",
         "Why the pier matters"},
        {"de",
         "Hafenblatt\nMeinung\nDer Kreis muss beim alten Fähranleger endlich handeln, statt weiter zu warten\nVon Jana Roth\n12. März 2025\n"
         "Warum der Anleger zählt\n"
         "Der Rat hat den alten Anleger im vergangenen Jahr geschlossen, und seither fährt keine Fähre zu den Inseln.\n"
         "Die Inselbewohner warten noch immer auf das Shuttleboot, das der Rat ihnen im Frühling versprochen hat.\n"
         "Wie es weitergeht\n"
         "Der Rat berät im April erneut über die Sache, wenn der Haushalt für das kommende Jahr beschlossen wird.\n"
         "Datenschutz\n",
         "Warum der Anleger zählt"},
        {"fr",
         "La Gazette du port\nPolitique\nEN DIRECT\nGrève des ferries : suivez la journée en direct\n"
         "Par Camille Roux\nPublié le 5 décembre 2025 à 08h02\nPartager\nFacebook\nÉPINGLÉ\n"
         "Ce qu'il faut retenir\n"
         "Les équipages ont cessé le travail à l'aube. Les négociations reprennent à midi avec la compagnie.\n"
         "10h12\nLe syndicat reste ferme\n"
         "Le syndicat a indiqué que la grève durerait jusqu'à l'ouverture de négociations sur les horaires.\n"
         "Lire aussi\n",
         "Ce qu'il faut retenir"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.heading);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(first_heading(a) == std::optional<std::string>(r.heading));
        CHECK_FALSE(test::in_boilerplate(a, r.heading));
    }
}

TEST_CASE("a line under the date that is no heading of the body stays out of it", "[region][sections][region45]") {
    // A desk's name in capitals under the date, and a short line under the date of a body with no heading further
    // down: neither opens the body.
    const char* desk = "Harbour Weekly\nLocal\nNew lighthouse lamp for the northern cape\nMarch 12, 2025\n"
                       "Harbour Desk\n"
                       "The old lamp of the northern cape was taken down on Monday after ninety years of service.\n"
                       "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far.\n"
                       "What comes next\n"
                       "The council will vote on the final bill in the spring, when the summer timetable begins.\n";
    const char* lone = "Harbour Weekly\nLocal\nNew lighthouse lamp for the northern cape\nMarch 12, 2025\n"
                       "Share this story\n"
                       "The old lamp of the northern cape was taken down on Monday after ninety years of service.\n"
                       "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far.\n"
                       "The council will vote on the final bill in the spring, when the summer timetable begins.\n";
    for (const char* page : {desk, lone}) {
        const Article a = classify(segment(page), "en");
        CHECK(first_heading(a) == std::nullopt);
    }
    CHECK(test::in_boilerplate(classify(segment(desk), "en"), "Harbour Desk"));
    CHECK(test::in_boilerplate(classify(segment(lone), "en"), "Share this story"));
}
