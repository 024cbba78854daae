// A credit printed OVER its caption ("<paragraph>" / "Kjell Berg/Harbour Images" / "The old wharf is worth a visit."
// / "General travel tips"): the sentence under the credit, set apart by a heading under it, is the caption when the
// line over the credit is text (a paragraph longer than a caption, a line closed by a colon); a caption over the
// credit keeps it (media.cpp, credits_over_captions()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

const Media* media_credited(const Article& a, const std::string& credit) {
    const auto m = std::find_if(a.media.begin(), a.media.end(),
                                [&](const Media& x) { return x.credit == std::optional<std::string>(credit); });
    return m == a.media.end() ? nullptr : &*m;
}

} // namespace

TEST_CASE("a credit over a sentence set apart by a heading under it credits that sentence",
          "[media][caption][boiler28]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* credit;
        const char* caption;
        const char* credit2;
        const char* caption2;
    };
    const Row rows[] = {
        {"de",
         "Startseite\nReisen\nMit dem Van durch Schweden: Tipps für den Roadtrip\nVon Lena Berg\n03.12.2026\nWer mit "
         "dem Van durch Schweden reist, findet endlose Wälder, unzählige Seen und kleine Inseln, auf denen man oft "
         "stundenlang keinem Menschen begegnet. Das Jedermannsrecht erlaubt es, fast überall eine Nacht zu "
         "bleiben.\nKjell Berg/Hafen Bilder\nDie Altstadt von Göteborg lohnt sich im Sommer wie im Winter!\n"
         "Allgemeine Reisetipps\nReisezeit: Die Saison reicht von Juni bis August, im Winter sind viele "
         "Campingplätze geschlossen und die Tage sehr kurz.\nBezahlen: In Schweden wird fast überall mit Karte "
         "bezahlt, Bargeld nehmen viele Läden gar nicht mehr an.\nWeitere Tipps gibt es in unserem Podcast zum "
         "Anhören:\nAnna Lind/bildbank.example.se\nWasser aus Bächen sollte man vor dem Trinken abkochen.\n"
         "Praxistipps für unterwegs\nStrom: Die Batterie des Vans reicht ohne Solaranlage oft nur für zwei oder drei "
         "Tage, danach braucht man einen Platz mit Anschluss.\nHeizung: Ein warmer Schlafsack ist auch im Sommer "
         "Pflicht, denn die Nächte werden im Norden schnell kalt.\nTeilen\n",
         "Kjell Berg/Hafen Bilder", "Die Altstadt von Göteborg lohnt sich im Sommer wie im Winter!",
         "Anna Lind/bildbank.example.se", "Wasser aus Bächen sollte man vor dem Trinken abkochen."},
        {"en",
         "Home\nTravel\nRoad-tripping Norway in a camper van: what to know\nBy Lena Berg\nDecember 3, 2026\nNorway "
         "rewards a slow trip by van, with fjords, quiet mountain roads and small harbours where you can often park "
         "for the night without meeting anyone at all. The right to roam allows a night almost anywhere.\nKjell "
         "Berg/Harbour Images\nThe old wharf in Bergen is worth a visit in summer and winter alike.\nGeneral travel "
         "tips\nWhen to go: the season runs from June to August, and many campsites close for the winter when the "
         "days are very short.\nPaying: cards are taken almost everywhere in Norway, and many shops no longer accept "
         "cash at all.\nMore tips on life in a van are in our podcast:\nPhoto: Anna Lind\nWater from streams should "
         "be boiled before you drink it.\nPractical tips on the road\nPower: without a solar panel the van's battery "
         "often lasts only two or three days, after which you need a pitch with a hook-up.\nHeating: a warm "
         "sleeping bag is a must even in summer, as the nights in the north turn cold quickly.\nShare\n",
         "Kjell Berg/Harbour Images", "The old wharf in Bergen is worth a visit in summer and winter alike.",
         "Photo: Anna Lind", "Water from streams should be boiled before you drink it."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        for (const auto& [credit, caption] : {std::pair{r.credit, r.caption}, std::pair{r.credit2, r.caption2}}) {
            INFO(credit);
            const Media* m = media_credited(a, credit);
            REQUIRE(m != nullptr);
            CHECK(m->caption == std::optional<std::string>(caption));
            CHECK_FALSE(test::in_text(a, caption));
            CHECK_FALSE(test::in_text(a, credit));
        }
    }
}

TEST_CASE("a credit under a caption without a stop keeps it, and a question under a credit is no caption",
          "[media][caption][boiler28]") {
    // "<byline>" / "<caption without a stop>" / "Bild: Jane Roe" / "<sentence>" / "<buttons>": the caption is over.
    {
        const Article a = parse(
            "Startseite\nGesundheit\nWie viel hilft Akupunktur gegen Rückenschmerzen?\nVon Claudia Berg 19. Oktober "
            "2026 00:04 Uhr\nEine Physiotherapeutin und ein Hausarzt bei der Sprechstunde in der Praxis\nBild: Jan "
            "Feld\nEine Tagung in Graz über Schmerzen im Rücken.\nAuf die Merkliste\nRund dreihundert Fachleute haben "
            "am Wochenende in Graz darüber gesprochen, was Nadeln, Wärme und Bewegung bei chronischen Schmerzen im "
            "Rücken leisten können und wo ihre Grenzen liegen.\nDie meisten raten dazu, zuerst mit Übungen zu "
            "beginnen, halten die Nadeln aber für eine sinnvolle Ergänzung.\nTeilen\n");
        const Media* m = media_credited(a, "Bild: Jan Feld");
        REQUIRE(m != nullptr);
        CHECK(m->caption ==
              std::optional<std::string>("Eine Physiotherapeutin und ein Hausarzt bei der Sprechstunde in der Praxis"));
    }
    // "<paragraph>" / "Jane Roe/Harbour Images" / "Where to go next?" / "Heading": a question is a title's.
    {
        const Article a = parse(
            "Home\nTravel\nRoad-tripping Norway in a camper van: what to know\nBy Lena Berg\nDecember 3, 2026\nNorway "
            "rewards a slow trip by van, with fjords, quiet mountain roads and small harbours where you can often "
            "park for the night without meeting anyone at all. The right to roam allows a night almost anywhere.\n"
            "Kjell Berg/Harbour Images\nWhere should you go after Bergen?\nGeneral travel tips\nWhen to go: the "
            "season runs from June to August, and many campsites close for the winter when the days are very short.\n"
            "Paying: cards are taken almost everywhere in Norway, and many shops no longer accept cash at all.\n"
            "Share\n");
        CHECK(std::none_of(a.media.begin(), a.media.end(), [](const Media& m) {
            return m.caption == std::optional<std::string>("Where should you go after Bergen?");
        }));
    }
}
