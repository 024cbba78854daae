// Tests of the credit of the expert who checked a health, law or money page (review_credit_line(), boilerplate.cpp;
// lexicon section review_credits): a short line opened by the credit and a name, no author, no title, no lede.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a reviewer's credit over a name is boilerplate, a sentence opened by the same words is not",
          "[boilerplate][bylines]") {
    const std::vector<const char*> credits = {
        "Medizinisch geprüft von Dr. med. Jonas Weidlich, Facharzt für Innere Medizin",
        "Fachlich geprüft von Katrin Albers",
        "Revisado por Dra. Lucía Ferrán, especialista en Dermatología",
        "Konsultacja merytoryczna: adw. Marek Zieliński",
        "Recenzja merytoryczna: dr Alicja Brzozowska",
        "Medically reviewed by Owen Hartley, MD",
        "Fact checked by Priya Raman",
        "Relu par Dr Hélène Vasseur, pédiatre",
        "Revisionato da Dott.ssa Giulia Ferretti",
        "Medisch gecontroleerd door Sanne de Wit, huisarts",
    };
    for (const char* line : credits) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    const std::vector<const char*> text = {
        "Revisado por el comité, el plan fue aprobado sin cambios.",
        "Reviewed by critics as the best film of the year",
        "Relu par tous les membres du jury avant la séance",
        "Weryfikacja wniosków potrwa do końca stycznia",
        "Geprüft von unabhängigen Prüfern wurden alle Proben im Labor der Stadt, die Ergebnisse folgen im Januar 2027.",
    };
    for (const char* line : text) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a reviewer's credit under the title is neither the headline nor the lede, and names no author",
          "[boilerplate][bylines][headline]") {
    struct Row {
        const char* title;
        const char* page;
    };
    const std::vector<Row> rows = {
        {"Umowa o dzieło a składki – kiedy trzeba je zapłacić?",
         "Porady Prawne Online\nPrawo pracy\nUmowa o dzieło a składki – kiedy trzeba je zapłacić?\n"
         "Autor: Ewa Malinowska\nKonsultacja merytoryczna: adw. Marek Zieliński\nData publikacji: 04.12.2026\n"
         "Umowa o dzieło nie zawsze zwalnia ze składek. Wyjaśniamy, kiedy ZUS może zażądać ich zapłaty i jak się "
         "przed tym zabezpieczyć.\nZUS coraz częściej sprawdza umowy o dzieło zawierane przez małe firmy. Jeśli "
         "umowa dotyczy pracy powtarzalnej, urząd może uznać ją za umowę zlecenia i naliczyć składki za cały okres.\n"
         "Warto więc dokładnie opisać w umowie, jaki konkretny rezultat ma powstać i kiedy ma zostać przekazany "
         "zamawiającemu, bo to ten rezultat odróżnia dzieło od zlecenia.\n"},
        {"Sodbrennen: Was bei nächtlichen Beschwerden hilft",
         "Gesundheit Aktuell\nMagen und Darm\nSodbrennen: Was bei nächtlichen Beschwerden hilft\n"
         "Von Lara Engel\nMedizinisch geprüft von Dr. med. Jonas Weidlich, Facharzt für Innere Medizin\n"
         "Aktualisiert am 04.12.2026\n"
         "Wer nachts mit einem Brennen hinter dem Brustbein aufwacht, leidet oft an einem Rückfluss von Magensäure in "
         "die Speiseröhre. Meist helfen schon kleine Änderungen im Alltag.\n"
         "Ein erhöhtes Kopfteil des Bettes hält die Säure dort, wo sie hingehört. Auch eine leichte Mahlzeit am Abend, "
         "spätestens drei Stunden vor dem Schlafengehen, entlastet den Magen spürbar.\n"},
        {"Dermatitis atópica: cómo cuidar la piel en invierno",
         "Salud al Día\nPiel\nDermatitis atópica: cómo cuidar la piel en invierno\n"
         "Revisado por Dra. Lucía Ferrán, especialista en Dermatología\nEscrito por Redacción Salud al Día\n"
         "La dermatitis atópica empeora con el frío y la calefacción, que resecan la piel. Unos pocos hábitos bastan "
         "para evitar los brotes más molestos durante los meses de invierno.\n"
         "Conviene ducharse con agua templada, no caliente, y aplicar una crema hidratante sin perfume justo después, "
         "cuando la piel todavía está húmeda, para que retenga mejor el agua.\n"},
        {"Sleep apnoea: the signs your partner notices first",
         "Health Guide\nSleep\nSleep apnoea: the signs your partner notices first\nBy Clara Mendes\n"
         "Medically reviewed by Owen Hartley, MD\nUpdated 4 December 2026\n"
         "Loud snoring broken by silent pauses is the sign most often reported, and it is usually a partner who hears "
         "it first, long before the sleeper notices anything at all during the day.\n"
         "Daytime tiredness, morning headaches and a dry mouth on waking are the other common signs, and a doctor can "
         "arrange a simple test that is done at home overnight.\n"},
    };
    for (const Row& row : rows) {
        INFO(row.page);
        const Article a = parse(row.page);
        REQUIRE(a.headline);
        CHECK(*a.headline == row.title);
        const bool lede_is_credit = a.lede && (a.lede->find("geprüft") != std::string::npos ||
                                               a.lede->find("Revisado") != std::string::npos ||
                                               a.lede->find("merytoryczna") != std::string::npos ||
                                               a.lede->find("reviewed") != std::string::npos);
        CHECK_FALSE(lede_is_credit);
        CHECK(std::none_of(a.authors.begin(), a.authors.end(), [](const std::string& name) {
            return name.find("Weidlich") != std::string::npos || name.find("Ferrán") != std::string::npos ||
                   name.find("Zieliński") != std::string::npos || name.find("Hartley") != std::string::npos;
        }));
        CHECK(std::any_of(a.boilerplate.begin(), a.boilerplate.end(), [](const std::string& line) {
            return line.find("geprüft von") != std::string::npos || line.find("Revisado por") != std::string::npos ||
                   line.find("merytoryczna:") != std::string::npos || line.find("reviewed by") != std::string::npos;
        }));
    }
}
