// A health, law or money guide's notice under its text that it gives no personal advice (probe66 R4): "Wichtiger
// Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung." stayed the body's last paragraph. It leaves the region
// with the closing notices (src/notices.cpp advice_disclaimer(); lexicon sections advice_disclaimer_words,
// advice_disclaimer_phrases). Invented lines and pages.
#include <catch2/catch.hpp>

#include "advice_disclaimers.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

using namespace archive;

TEST_CASE("a notice that the text replaces no advice is an advice disclaimer in any language",
          "[notices][advice_disclaimer]") {
    for (const char* line : {"Wichtiger Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung oder Behandlung.",
                             "Die Inhalte dienen der Information und sind kein Ersatz für eine Rechtsberatung.",
                             "This article is for information only and is not a substitute for professional "
                             "medical advice.",
                             "The content does not replace a consultation with your doctor.",
                             "Cet article ne remplace pas l'avis d'un médecin ni une consultation.",
                             "Ces informations ne sauraient remplacer le conseil d'un avocat."}) {
        INFO(line);
        CHECK(advice_disclaimer(test::block_of(line)));
    }
    // The phrase with no advice named, or the advice with no phrase: the text's own sentences.
    for (const char* line : {"Das neue Dach ersetzt keine Sanierung der ganzen Fassade, sagte der Architekt.",
                             "Die Ärztin rät zu einer Beratung in der Apotheke, bevor man Tabletten nimmt.",
                             "The new ferry does not replace the old bridge, the council said on Monday.",
                             "Le nouveau pont ne remplace pas le bac, a précisé le maire."}) {
        INFO(line);
        CHECK_FALSE(advice_disclaimer(test::block_of(line)));
    }
}

TEST_CASE("an advice disclaimer under the text's last paragraph leaves the region", "[region][advice_disclaimer]") {
    test::check_tail_leaves("de",
                            "Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine Informationen und ersetzt "
                            "keine ärztliche Beratung.\nDatenschutz\n",
                            "Wichtiger Hinweis");
    test::check_tail_leaves("en",
                            "Please note: this guide is general information and is not a substitute for advice from "
                            "your doctor.\nPrivacy\n",
                            "Please note");
}

TEST_CASE("an advice disclaimer in Spanish, Polish, Italian, Portuguese and Dutch", "[notices][advice_disclaimer]") {
    // (espl77) the "not advice" notices of es and pl health and law portals, and of it, pt, nl guides.
    for (const char* line : {"Este artículo tiene carácter informativo y no sustituye la consulta con un médico.",
                             "La información de esta página no constituye asesoramiento legal de ningún tipo.",
                             "Tekst ma charakter informacyjny i nie stanowi porady lekarskiej.",
                             "Powyższy artykuł nie zastępuje konsultacji z prawnikiem w konkretnej sprawie.",
                             "Le informazioni di questa guida non sostituiscono il parere del medico curante.",
                             "Este conteúdo é informativo e não substitui uma consulta médica.",
                             "De informatie op deze pagina vervangt geen advies van je huisarts."}) {
        INFO(line);
        CHECK(advice_disclaimer(test::block_of(line)));
    }
    // The phrase without the advice, or the advice without the phrase: the text's own sentences.
    for (const char* line : {"El nuevo puente no sustituye al viejo transbordador, explicó la alcaldesa.",
                             "La médica recomienda una consulta anual a partir de los cincuenta años.",
                             "Nowy most nie zastępuje starej przeprawy promowej, dodał burmistrz.",
                             "Lekarz zaleca konsultację raz w roku po pięćdziesiątce.",
                             "Il nuovo traghetto non sostituisce il vecchio ponte, ha detto il sindaco."}) {
        INFO(line);
        CHECK_FALSE(advice_disclaimer(test::block_of(line)));
    }
}

TEST_CASE("a Spanish or Polish advice disclaimer under the last paragraph leaves the region",
          "[region][advice_disclaimer]") {
    const std::string es = R"(Salud Hoy
Inicio
Digestivo
Cómo aliviar la acidez después de comer
La acidez aparece cuando el ácido del estómago sube por el esófago y provoca ardor en el pecho.
Comer despacio, evitar las cenas copiosas y no tumbarse justo después de comer ayuda a reducirla.
Si la acidez se repite varias veces por semana, conviene pedir cita en el centro de salud.
Este artículo tiene carácter informativo y no sustituye la consulta con un profesional sanitario.
Privacidad
)";
    Article a = classify(segment(es), "es");
    CHECK(test::has_paragraph_starting(a, "Si la acidez se repite"));
    CHECK_FALSE(test::has_paragraph_starting(a, "Este artículo tiene carácter"));
    const std::string pl = R"(Prawo na Co Dzień
Porady
Praca
Ile trwa okres próbny w nowej pracy
Umowa na okres próbny może być zawarta na czas nie dłuższy niż trzy miesiące i służy sprawdzeniu pracownika.
Strony mogą ją rozwiązać za wypowiedzeniem, którego długość zależy od czasu trwania umowy.
Po okresie próbnym pracodawca zwykle proponuje umowę na czas określony albo nieokreślony.
Artykuł ma charakter wyłącznie informacyjny i nie stanowi porady prawnej.
Prywatność
)";
    Article b = classify(segment(pl), "pl");
    CHECK(test::has_paragraph_starting(b, "Po okresie próbnym"));
    CHECK_FALSE(test::has_paragraph_starting(b, "Artykuł ma charakter"));
}
