// Tests of a head whose standfirst is parted from its byline or date by a share button's, an audio player's, a
// reading time's or a source's short line ("Condividi", "Ascolta l'articolo", "Tempo di lettura: 4 minuti", "Fonte
// Polizia cantonale"): the standfirst is still signed, the title over it still the headline.
// Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* aside; // the line between the standfirst and the byline
    const char* page;  // with "@" where the aside goes
    const char* headline;
    const char* lede;
};

std::string with_aside(const Row& r) {
    std::string page = r.page;
    const std::size_t at = page.find('@');
    return page.replace(at, 1, r.aside);
}

const char* const it_page = "Vai al contenuto\nMenu\nCerca\nNewsletter\nPodcast\nTicino\nSvizzera\nEstero\nSport\n"
                            "TICINO\nLUGANO\nRogo in periferia, nessun ferito\n"
                            "Le fiamme sono divampate poco prima delle 6. Evacuate per precauzione due palazzine "
                            "vicine\n@\nRedazione\n05.12.2026 - 09:40\n"
                            "LUGANO - Un incendio è scoppiato questa mattina in un capannone alla periferia della "
                            "città. Lo comunicano i pompieri.\n"
                            "Le fiamme sono state domate in circa due ore, ma due palazzine vicine sono state evacuate "
                            "per precauzione.\nLe cause sono ancora da chiarire e sul posto si trova la polizia "
                            "scientifica.\n";

const char* const it_headline = "Rogo in periferia, nessun ferito";
const char* const it_lede =
    "Le fiamme sono divampate poco prima delle 6. Evacuate per precauzione due palazzine vicine";
} // namespace

TEST_CASE("a share, listen, reading-time or source line under a standfirst leaves it signed by the byline",
          "[headline][standfirst][byline]") {
    const Row rows[] = {
        {"it", "Condividi", it_page, it_headline, it_lede},
        {"it", "Ascolta l'articolo", it_page, it_headline, it_lede},
        {"it", "Tempo di lettura: 4 minuti", it_page, it_headline, it_lede},
        {"it", "Fonte Pompieri", it_page, it_headline, it_lede},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.aside);
        const Article a = classify(segment(with_aside(r)), r.lang);
        CHECK(a.headline == std::optional<std::string>(r.headline));
        CHECK(a.lede == std::optional<std::string>(r.lede));
    }
}
