// A menu's last entry naming an agency's wire, right over the headline (probe44 M2): "Accueil" / "Monde" / "Dépêches
// AFP" / <headline>. The entry was read as a picture's credit with no caption. A credit of names alone closing a run of
// a menu's entries over the title is navigation; a photographer's credit there (a slash, a label) is still a credit.
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("an agency's wire among a menu's entries over the headline is no credit", "[media][credit][media34]") {
    const struct {
        const char* page;
        const char* entry;
    } rows[] = {
        {R"(Accueil
International
Dépêches AFP
Climat: les pays du Pacifique réclament un fonds d'urgence à Nouméa
NOUMEA, 3 déc 2026 (AFP) - Les dirigeants de quinze pays du Pacifique ont réclamé mercredi la création d'un fonds d'urgence pour les îles menacées par la montée des eaux, au terme d'un sommet de deux jours.
"Nous ne pouvons plus attendre", a déclaré le Premier ministre des Tuvalu devant la presse.
)",
         "Dépêches AFP"},
        {R"(Home
World
Reuters Wire
Pacific leaders call for emergency climate fund at Noumea summit
NOUMEA, Dec 3 (Reuters) - Leaders of fifteen Pacific nations on Wednesday called for an emergency fund for islands threatened by rising seas, at the end of a two-day summit.
"We cannot wait any longer," the prime minister of Tuvalu told reporters.
)",
         "Reuters Wire"},
        {R"(Home
Mondo
Notiziario ANSA
I paesi del Pacifico chiedono un fondo di emergenza per il clima
NOUMEA, 3 DIC - I leader di quindici paesi del Pacifico hanno chiesto mercoledì un fondo di emergenza per le isole minacciate dall'innalzamento dei mari, al termine di un vertice di due giorni.
"Non possiamo più aspettare", ha detto il primo ministro di Tuvalu ai giornalisti.
)",
         "Notiziario ANSA"},
    };
    for (const auto& r : rows) {
        INFO(r.entry);
        const Article a = parse(r.page);
        CHECK(a.media.empty());
        CHECK(test::in_boilerplate(a, r.entry));
    }
}

TEST_CASE("a photographer's credit after a menu's entries stays a credit", "[media][credit][media34]") {
    const Article a = parse(R"(Home
World
Jane Roe/Reuters
Pacific leaders call for emergency climate fund at Noumea summit
NOUMEA, Dec 3 (Reuters) - Leaders of fifteen Pacific nations on Wednesday called for an emergency fund for islands threatened by rising seas, at the end of a two-day summit.
"We cannot wait any longer," the prime minister of Tuvalu told reporters.
)");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].credit == std::optional<std::string>("Jane Roe/Reuters"));
}
