// The section's label set apart between blank lines over the headline, right under the menu printed as one block of
// short lines that holds the label too (its last item just above the blank line). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

namespace {

struct LabelRow {
    const char* page;
    const char* headline;
    const char* kicker; // "" for none
};

void check_label_rows(const std::vector<LabelRow>& rows) {
    for (const LabelRow& r : rows) {
        INFO(r.page);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == r.kicker);
    }
}

} // namespace

TEST_CASE("a label set apart under a menu printed as one block that holds it is the kicker",
          "[classify][kicker][kicker_menu_block]") {
    check_label_rows({
        {"Ir al contenido\n\nLa Gaceta del Valle\n\nInicio\nNacional\nEstados\nDeportes\nCultura\n\n"
         "Nacional\n\n"
         "Lluvias dejan sin luz a cuarenta mil hogares en el norte del estado\n\n"
         "La compañía eléctrica dijo que las cuadrillas trabajan desde la madrugada para reponer las líneas caídas.\n\n"
         "Los vecinos de tres municipios pasaron la noche sin luz mientras el agua seguía subiendo en las calles.\n\n"
         "Protección Civil abrió cuatro albergues para las familias que tuvieron que dejar sus casas.\n",
         "Lluvias dejan sin luz a cuarenta mil hogares en el norte del estado", "Nacional"},
        {"Aller au contenu\n\nLe Courrier du Delta\n\nAccueil\nPolitique\nÉconomie\nSport\nCulture\n\n"
         "Économie\n\n"
         "La coopérative des pêcheurs ouvre une halle au port de la ville\n\n"
         "La nouvelle halle permettra aux pêcheurs de vendre leurs prises directement aux habitants du quartier.\n\n"
         "Les travaux ont duré huit mois et ont été financés en partie par la commune et la région.\n\n"
         "La halle sera ouverte tous les matins, sauf le lundi, à partir de six heures.\n",
         "La coopérative des pêcheurs ouvre une halle au port de la ville", "Économie"},
        {"Skip to content\n\nThe Delta Courier\n\nHome\nPolitics\nBusiness\nSport\nCulture\n\n"
         "Business\n\n"
         "Fishing cooperative opens a market hall at the town harbour\n\n"
         "The new hall lets fishermen sell their catch straight to the people of the neighbourhood.\n\n"
         "The works took eight months and were paid for in part by the town and the region.\n\n"
         "The hall will open every morning except Monday from six o'clock.\n",
         "Fishing cooperative opens a market hall at the town harbour", "Business"},
        // (kick2's row of kicker_menu_test.cpp, once read as a label closing a block of its own like the menu's: the
        // menu is one block, the label another glued to the headline by the page's blank lines, as on the rows above.)
        {"Accueil\nPolitique\nÉconomie\nCulture\n\nPolitique\n\nLe conseil municipal vote le budget du port\n\n"
         "Le conseil a adopté mardi soir le budget du port après un long débat sur le prix des places.\n\n"
         "Les pêcheurs paieront un peu plus cette année, mais la digue sera enfin réparée avant l'hiver.\n\n"
         "Le maire a promis une réunion publique en avril pour présenter les travaux aux habitants.\n",
         "Le conseil municipal vote le budget du port", "Politique"},
    });
}
