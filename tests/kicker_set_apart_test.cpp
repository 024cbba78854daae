// The section's label over the headline that the menu prints too, on two shapes of page: one that sets every line
// apart with a blank line (the label alone between blank lines, no line glued to the headline), and one without any
// blank line where the label stands right under the page's cookie or consent notice. A menu laid out one item a
// block, its last item over the headline, gives no kicker, and neither does a date. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct LabelRow {
    const char* page;
    const char* headline;
    const char* kicker; // "" for none
};

void check_rows(const std::vector<LabelRow>& rows) {
    for (const LabelRow& r : rows) {
        INFO(r.page);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == r.kicker);
    }
}

} // namespace

TEST_CASE("a menu's label alone between blank lines over a headline set apart is its kicker",
          "[classify][kicker][kicker_set_apart]") {
    check_rows({
        {"Ir al contenido\n\nSuscríbete\n\nNacional\nEstados\nEconomía\nDeportes\n\n"
         "Este portal guarda cookies para contar las visitas y recordar tus preferencias. Aceptar\n\n"
         "Nacional\n\n"
         "El gobierno de Sonora declara la alerta por falta de lluvias en doce municipios\n\n"
         "Los productores de trigo del valle temen perder la siembra de invierno si no llueve antes de enero.\n\n"
         "La comisión del agua limitará el riego hasta marzo y revisará los niveles de las presas cada semana.\n\n"
         "Los alcaldes pidieron un fondo de apoyo para las familias que viven del campo en la región.\n",
         "El gobierno de Sonora declara la alerta por falta de lluvias en doce municipios", "Nacional"},
        {"Skip to content\n\nSign in\n\nNews\nPolitics\nBusiness\nSport\n\n"
         "We use cookies to improve your experience and show you relevant content. Accept all\n\n"
         "Business\n\n"
         "Harbour cannery to hire forty workers as sardine catches recover\n\n"
         "The cannery on the east quay will reopen its second line in spring after three lean seasons.\n\n"
         "Fishermen say the shoals came back to the bay in October, earlier than in any year they remember.\n\n"
         "The town council has promised to repair the road to the quay before the lorries return.\n",
         "Harbour cannery to hire forty workers as sardine catches recover", "Business"},
        {"Zum Inhalt springen\n\nAnmelden\n\nPolitik\nWirtschaft\nKultur\nSport\n\n"
         "Wir verwenden Cookies, um Ihre Nutzererlebnis zu verbessern. Einstellungen | Akzeptieren\n\n"
         "Wirtschaft\n\n"
         "Die Werft am Hafen stellt im Frühjahr zwanzig Lehrlinge ein\n\n"
         "Die Werft sucht seit dem Sommer Nachwuchs und hat nun zwanzig junge Leute unter Vertrag genommen.\n\n"
         "Die Lehrlinge lernen drei Jahre lang, Schiffe zu bauen und zu reparieren, sagte der Chef der Werft.\n\n"
         "Die Stadt zahlt einen Teil der Ausbildung, weil ihr die Werft als Arbeitgeber wichtig ist.\n",
         "Die Werft am Hafen stellt im Frühjahr zwanzig Lehrlinge ein", "Wirtschaft"},
    });
}

TEST_CASE("a menu laid out one item a block ends over the headline: its last item is no kicker",
          "[classify][kicker][kicker_set_apart]") {
    check_rows({
        {"Skip to content\n\nNews\nPolitics\nBusiness\nSport\n\n"
         "News\n\nPolitics\n\nBusiness\n\n"
         "Harbour cannery to hire forty workers as sardine catches recover\n\n"
         "The cannery on the east quay will reopen its second line in spring after three lean seasons.\n\n"
         "Fishermen say the shoals came back to the bay in October, earlier than in any year they remember.\n\n"
         "The town council has promised to repair the road to the quay before the lorries return.\n",
         "Harbour cannery to hire forty workers as sardine catches recover", ""},
    });
}

TEST_CASE("a menu's label right under the cookie notice, on a page without blank lines, is the kicker",
          "[classify][kicker][kicker_set_apart]") {
    check_rows({
        {"Skip to content\nSign in\nNews\nPolitics\nBusiness\nWeather\n"
         "Your Privacy Choices: We and our partners use cookies to personalise ads and measure traffic. Accept all\n"
         "Politics\n"
         "Senate panel backs a cap on rural water hookup fees\n"
         "The measure would limit what utilities can charge households for a new connection in small counties.\n"
         "A Senate committee on Wednesday advanced a bill that would cap the fees charged for new water hookups.\n"
         "The committee voted 15-7 to send the measure to the full Senate before the winter recess.\n",
         "Senate panel backs a cap on rural water hookup fees", "Politics"},
        {"Aller au contenu\nSe connecter\nSuisse\nMonde\nÉconomie\nSport\n"
         "Ce site utilise des cookies pour mesurer l'audience et personnaliser les annonces. J'accepte\n"
         "Économie\n"
         "La fromagerie du village embauche six apprentis cet automne\n"
         "La coopérative laitière agrandit sa cave et cherche des jeunes pour affiner ses meules.\n"
         "Les six apprentis commenceront en septembre et suivront trois ans de formation à la fromagerie.\n"
         "La commune prend en charge une partie des frais, a indiqué le syndic lors de la séance du conseil.\n",
         "La fromagerie du village embauche six apprentis cet automne", "Économie"},
        // The consent button's own word ("J'accepte") makes the notice a consent notice, and the stacked labels
        // under it give the nearer one.
        {"Aller au contenu\nSe connecter\nSuisse\nGenève\nMonde\nSport\n"
         "Ce site utilise des cookies. En savoir plus | J'accepte\n"
         "Genève\n"
         "Transports\n"
         "Les bus de nuit reviennent dans les communes du bord du lac\n"
         "Trois lignes de nuit rouleront de nouveau le week-end dès le mois de décembre, a annoncé la régie.\n"
         "Les bus partiront toutes les heures de la gare centrale entre minuit et cinq heures du matin.\n"
         "Les communes du bord du lac paieront une part des frais pendant les deux premières années.\n",
         "Les bus de nuit reviennent dans les communes du bord du lac", "Transports"},
    });
}

// The menu printed as one block of short lines that holds the label too, its last item just above the blank line
// over the label.
TEST_CASE("a label set apart under a menu printed as one block that holds it is the kicker",
          "[classify][kicker][kicker_menu_block]") {
    check_rows({
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
