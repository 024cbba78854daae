// Tests of a press release's dateline: the place (places joined by a slash) and the day opening its first paragraph,
// and the summary over it, which is the release's lede. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "press_datelines.hpp"

#include <optional>
#include <string>
#include <utility>

using namespace archive;

TEST_CASE("a press release's place and day open its first paragraph", "[classify][dateline][press]") {
    struct Row {
        const char* lang;
        const char* line;
        std::optional<PressDateline> dateline;
    };
    const Row rows[] = {
        {"de", "Lindenau/Obertal, 4. Juni 2024. Die Firma Holzwerk Berger eröffnet ein neues Sägewerk.",
         PressDateline{"Lindenau/Obertal", "2024-06-04"}},
        {"de", "Lindenau, 4. Juni 2024 – Die Firma Holzwerk Berger eröffnet ein neues Sägewerk.",
         PressDateline{"Lindenau", "2024-06-04"}},
        {"de", "Bad Lindenau, den 4. Juni 2024", PressDateline{"Bad Lindenau", "2024-06-04"}},
        {"fr", "Lyon, le 4 juin 2024 – La scierie Berger ouvre un nouveau site près de la gare.",
         PressDateline{"Lyon", "2024-06-04"}},
        {"en", "MILLBROOK, June 4, 2024 /PRNewswire/ -- Berger Timber opens a new sawmill by the river.",
         PressDateline{"MILLBROOK", "2024-06-04"}},
        {"en", "Millbrook, June 4, 2024 - Berger Timber opens a new sawmill by the river.",
         PressDateline{"Millbrook", "2024-06-04"}},
        // A weekday before the date, a sentence going on after it, a lower-case clause: no place and day.
        {"de", "Dienstag, 4. Juni 2024. Die Firma Holzwerk Berger eröffnet ein neues Sägewerk.", std::nullopt},
        {"de", "Lindenau, 4. Juni 2024 eröffnet die Firma Holzwerk Berger ein neues Sägewerk.", std::nullopt},
        {"en", "In the end, June 4, 2024 was the day the sawmill opened.", std::nullopt},
        {"en", "Berger Timber opened a sawmill on June 4, 2024, by the river.", std::nullopt},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const auto dl = press_dateline(r.line, r.lang);
        REQUIRE(dl.has_value() == r.dateline.has_value());
        if (dl) {
            CHECK(dl->place == r.dateline->place);
            CHECK(dl->iso == r.dateline->iso);
        }
    }
}

TEST_CASE("the summary over a press release's dateline is its lede, the place its dateline",
          "[classify][dateline][press][lede]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* lede;
        const char* place;
    };
    const Row rows[] = {
        {"de",
         "Holzwerk Berger\nPresse\nHolzwerk Berger eröffnet Sägewerk in Lindenau\n"
         "Das Familienunternehmen investiert zwölf Millionen Euro und schafft bis 2026 rund sechzig neue Stellen.\n"
         "Lindenau/Obertal, 4. Juni 2024. Die Holzwerk Berger GmbH eröffnet in Lindenau ein zweites Sägewerk. Das "
         "Unternehmen hat dafür eine Fläche von vier Hektar am Bahnhof gekauft, wie es am Dienstag mitteilte.\n"
         "Mit dem neuen Werk will der Betrieb seine Leistung verdoppeln. Die Nachfrage nach Bauholz sei in den "
         "letzten Jahren stark gestiegen, vor allem aus der Schweiz und aus Österreich.\n"
         "Der Bürgermeister begrüßte die Entscheidung und versprach, die Zufahrt zum Gelände bis zum Herbst "
         "auszubauen.\nKontakt\nImpressum\n",
         "Das Familienunternehmen investiert zwölf Millionen Euro und schafft bis 2026 rund sechzig neue Stellen.",
         "Lindenau/Obertal"},
        {"fr",
         "Scieries Berger\nPresse\nLes scieries Berger ouvrent un site à Lyon\n"
         "L'entreprise familiale investit douze millions d'euros et créera une soixantaine d'emplois d'ici 2026.\n"
         "Lyon, le 4 juin 2024 – Les scieries Berger ouvrent un deuxième site dans la vallée. L'entreprise a acheté "
         "pour cela un terrain de quatre hectares près de la gare, a-t-elle annoncé mardi.\n"
         "Avec ce nouveau site, l'entreprise veut doubler sa production. La demande de bois de construction a "
         "fortement augmenté ces dernières années, surtout en Suisse.\n"
         "Le maire a salué la décision et promis d'aménager l'accès au terrain d'ici l'automne prochain.\n"
         "Contact\nMentions légales\n",
         "L'entreprise familiale investit douze millions d'euros et créera une soixantaine d'emplois d'ici 2026.",
         "Lyon"},
        {"en",
         "Berger Timber\nNewsroom\nBerger Timber opens a second sawmill in Millbrook\n"
         "The family firm is investing twelve million dollars and will create around sixty jobs by the end of 2026.\n"
         "MILLBROOK, June 4, 2024 /PRNewswire/ -- Berger Timber today opened a second sawmill in the river valley. "
         "The company bought ten acres of land near the station for the site, it said on Tuesday.\n"
         "With the new mill the company plans to double its output. Demand for building timber has grown strongly "
         "in recent years, above all from builders in the north.\n"
         "The mayor welcomed the decision and promised to widen the road to the site before the autumn.\n"
         "Contact\nPrivacy\n",
         "The family firm is investing twelve million dollars and will create around sixty jobs by the end of 2026.",
         "MILLBROOK"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.place);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(a.lede == std::optional<std::string>(r.lede));
        CHECK(a.dateline == std::optional<std::string>(r.place));
        CHECK(a.published == std::optional<std::string>("2024-06-04"));
    }
}

TEST_CASE("a press release's place and day on a line of their own over its text are its dateline",
          "[classify][dateline][press]") {
    const std::pair<const char*, const char*> rows[] = {
        {"de",
         "Lindenau/Obertal, 4. Juni 2024\nDie Holzwerk Berger GmbH eröffnet in Lindenau ein zweites Sägewerk. Das "
         "Unternehmen hat dafür eine Fläche von vier Hektar am Bahnhof gekauft, wie es am Dienstag mitteilte.\n"},
        {"fr",
         "Lindenau/Obertal, le 4 juin 2024\nLes scieries Berger ouvrent un deuxième site dans la vallée. "
         "L'entreprise a acheté pour cela un terrain de quatre hectares près de la gare, a-t-elle annoncé mardi.\n"},
        {"en", "LINDENAU/OBERTAL, June 4, 2024\nBerger Timber today opened a second sawmill in the river valley. The "
               "company bought ten acres of land near the station for the site, it said on Tuesday.\n"},
    };
    for (const auto& [lang, opening] : rows) {
        INFO(lang << ": " << opening);
        const std::string page = std::string("Berger\nPresse\nBerger eröffnet ein zweites Sägewerk im Tal\n") +
                                 opening +
                                 "Mit dem neuen Werk will der Betrieb seine Leistung verdoppeln, und die Nachfrage sei "
                                 "stark gestiegen, vor allem aus der Schweiz.\nKontakt\nImpressum\n";
        const Article a = classify(segment(page), lang);
        CHECK(a.dateline ==
              std::optional<std::string>(std::string(lang) == "en" ? "LINDENAU/OBERTAL" : "Lindenau/Obertal"));
    }
}
