// Two buttons of a subscription or login box in a row, between the picture and the text ("Abo abschliessen / Login",
// "S'abonner / Se connecter", "Subscribe / Log in"), are the box's, though prose stands under them: the first was
// kept as a paragraph and the second headed the text (sections_build.cpp, navigation_line(), box_buttons(); lexicon
// sections box_button_verb_words, box_button_glue_words). A word alone over prose ("Login" heading a how-to's
// step) is left to the heading rules (box_buttons_test.cpp).
// The prompt to report an error under the last paragraph, glued without its space or not ("Fehler gefunden?Jetzt
// melden.", "Vous avez repéré une erreur ? Signalez-la."), is no closing sentence of the text (region_joins.cpp,
// closing_sentences_end(), error_report_notice()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <initializer_list>
#include <string>
#include <utility>

using namespace archive;

namespace {

struct ButtonsRow {
    std::string page;
    const char* first_paragraph;
    const char* buttons[2];
    const char* error_prompt;
};

const ButtonsRow rows[] = {
    {"Hafenblatt\n"
     "Stadt\n"
     "Region\n"
     "Wirtschaft\n"
     "Sport\n"
     "Hafenrat\n"
     "Der neue Kai kostet 40 Millionen mehr\n"
     "Die Stadt muss das Budget für den Hafen nachbessern. Die Opposition spricht von einem Debakel.\n"
     "Jonas Beck\n"
     "Publiziert heute um 11:32 Uhr\n"
     "Der neue Kai am Ostufer ist seit Oktober im Bau.\n"
     "Foto: Lena Sommer\n"
     "Abo abschliessen\n"
     "Login\n"
     "Der Stadtrat beantragt beim Gemeinderat einen Zusatzkredit von 40 Millionen Franken für den neuen Kai. Grund seien höhere Baukosten und Einsprachen, teilte die Stadt am Mittwoch mit.\n"
     "«Wir haben die Kosten unterschätzt», sagte Hafenvorsteherin Simone Berger. Sie verteidigte aber das Projekt, das sich für die ganze Stadt lohne.\n"
     "Die Opposition spricht von einem Debakel. Sie fordert eine externe Überprüfung.\n"
     "Fehler gefunden?Jetzt melden.\n"
     "2 Kommentare\n"
     "Artikel teilen\n",
     "Der Stadtrat beantragt beim Gemeinderat",
     {"Abo abschliessen", "Login"},
     "Fehler gefunden?Jetzt melden."},
    {"La Gazette du Port\n"
     "Ville\n"
     "Région\n"
     "Économie\n"
     "Sport\n"
     "Conseil du port\n"
     "Le nouveau quai coûtera 40 millions de plus\n"
     "La ville doit revoir le budget du port. L'opposition parle d'un fiasco.\n"
     "Jonas Beck\n"
     "Publié aujourd'hui à 11h32\n"
     "Le nouveau quai de la rive est, en chantier depuis octobre.\n"
     "Photo : Lena Sommer\n"
     "S'abonner\n"
     "Se connecter\n"
     "La municipalité demande au conseil un crédit supplémentaire de 40 millions de francs pour le nouveau quai. Les coûts de construction et les recours ont augmenté, a indiqué la ville mercredi.\n"
     "« Nous avons sous-estimé les coûts », a reconnu la responsable du port Simone Berger. Elle a toutefois défendu le projet, utile selon elle à toute la ville.\n"
     "L'opposition parle d'un fiasco. Elle demande un audit externe.\n"
     "Vous avez repéré une erreur ? Signalez-la.\n"
     "2 commentaires\n"
     "Partager l'article\n",
     "La municipalité demande au conseil",
     {"S'abonner", "Se connecter"},
     "Vous avez repéré une erreur ? Signalez-la."},
    {"Harbour Weekly\n"
     "Town\n"
     "Region\n"
     "Business\n"
     "Sport\n"
     "Harbour board\n"
     "New quay to cost 40 million more\n"
     "The town must rework the harbour's budget. The opposition speaks of a fiasco.\n"
     "Jonas Beck\n"
     "Published today at 11:32\n"
     "The new quay on the east bank, under construction since October.\n"
     "Photo: Lena Summers\n"
     "Subscribe\n"
     "Log in\n"
     "The town board has asked the council for an extra 40 million francs for the new quay. Building costs and objections had risen, the town said on Wednesday.\n"
     "“We underestimated the costs,” said harbour chief Simone Berger. She still defended the project, which she said would serve the whole town.\n"
     "The opposition speaks of a fiasco. It wants an outside review.\n"
     "Spotted a mistake? Report it.\n"
     "2 comments\n"
     "Share this article\n",
     "The town board has asked the council",
     {"Subscribe", "Log in"},
     "Spotted a mistake? Report it."},
};

} // namespace

TEST_CASE("two box buttons in a row over the text and an error prompt under it are no text", "[region][region38]") {
    for (const auto& r : rows) {
        INFO(r.first_paragraph);
        const Article a = parse(r.page);
        CHECK(test::has_paragraph_starting(a, r.first_paragraph));
        // (the buttons between the picture and the text, then the prompt under the last paragraph)
        for (const char* line : {r.buttons[0], r.buttons[1], r.error_prompt}) {
            INFO(line);
            CHECK_FALSE(test::in_text(a, line));
            CHECK(test::in_boilerplate(a, line));
        }
    }
}

TEST_CASE("other pairs of box buttons between the picture and the text are no text", "[region][region38]") {
    for (const auto& [first, second] : std::initializer_list<std::pair<const char*, const char*>>{
             {"Jetzt abonnieren", "Einloggen"}, {"Abbonati ora", "Accedi"}, {"Suscríbete", "Iniciar sesión"}}) {
        const std::string page =
            test::replaced(rows[0].page, "Abo abschliessen\nLogin\n", std::string(first) + "\n" + second + "\n");
        INFO(first);
        const Article a = parse(page);
        CHECK(test::has_paragraph_starting(a, rows[0].first_paragraph));
        CHECK(test::in_boilerplate(a, first));
        CHECK(test::in_boilerplate(a, second));
    }
}
