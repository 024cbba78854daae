// probe95: an interview printed as a dialogue, each turn opening with its dash, closes with a short question and a
// short answer (closing_dialogue_question() of region_joins.cpp): both are the text's last lines, though jusText rates
// them short and no stop closes the question. Near misses: a question of the page's under the text, with no dash, or a
// dashed question with no answer under it, stays out. Invented pages (es, pl).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

std::vector<std::string> paragraphs_of(const Article& a) {
    std::vector<std::string> out;
    for (const auto& s : a.sections)
        for (const auto& p : s.paragraphs)
            out.push_back(p);
    return out;
}

// An interview page in `lang` whose dialogue ends with the given lines, over the page's footer.
std::string interview(const std::vector<std::string>& head, const std::vector<std::string>& turns,
                      const std::vector<std::string>& tail) {
    std::vector<std::string> lines = head;
    lines.insert(lines.end(), turns.begin(), turns.end());
    lines.insert(lines.end(), tail.begin(), tail.end());
    return test::page_of(lines);
}

const std::vector<std::string> es_head = {
    "Saltar al contenido principal", "Cultura", "Suscríbete", "Entrar", "Cultura",
    "Marta Oyarzun: «Escribo para entender a mi abuela, no para juzgarla»",
    "La novelista publica su tercera novela, ambientada en una conservera de Lekeitio en los años cincuenta",
    "Por Andoni Zabala", "6 de diciembre de 2026, 00:15",
    "Marta Oyarzun (Lekeitio, 1979) llega a la cita con un ejemplar subrayado de su propia novela. Dice que no ha "
    "dejado de corregirla ni siquiera después de imprimirla, y que lo seguirá haciendo.",
    "—¿Por qué una conservera?",
    "—Porque mi abuela trabajó allí cuarenta años y nunca habló de ello. Yo quería saber qué había detrás de ese "
    "silencio, y lo que encontré fue mucho más de lo que esperaba.",
    "—La novela es dura con los patronos.",
    "—Es dura con todos. Nadie sale limpio de aquella época, me dijo una de ellas, y esa frase está en la primera "
    "página del libro."};
const std::vector<std::string> es_tail = {"Más noticias de Cultura",
                                          "El Festival de Cine de Getxo premia a una debutante", "Comentarios (3)",
                                          "Aviso legal · Cookies · Privacidad"};

const std::vector<std::string> pl_head = {
    "Strona główna", "Wywiady", "Szukaj", "Wywiady",
    "Prof. Ewa Kaniowska: Rzeki wracają, ale bobry nie pytają o zgodę",
    "Hydrolożka z Uniwersytetu w Leśnej Górze mówi, dlaczego gminy coraz częściej proszą o odstrzał bobrów",
    "Autor: Marek Sobieraj", "6 grudnia 2026, 08:00",
    "– Czy bobry to problem?",
    "– Dla rolników czasem tak. Dla rzek zdecydowanie nie. Bobry robią za darmo to, za co płacimy miliony: "
    "zatrzymują wodę w krajobrazie, a my wciąż budujemy rowy, które ją odprowadzają.",
    "– Ale gminy skarżą się na zalane łąki.",
    "– Bo te łąki kiedyś były mokradłami. Osuszyliśmy je sto lat temu, a teraz dziwimy się, że przyroda wraca tam, "
    "gdzie była wcześniej."};
const std::vector<std::string> pl_tail = {"Czytaj również:", "Susza w Wielkopolsce. Rolnicy liczą straty",
                                          "Komentarze", "O nas · Kontakt · Regulamin"};

} // namespace

TEST_CASE("an interview's closing question and answer in dialogue form", "[region][probe95]") {
    {
        const Article a = parse(
            interview(es_head, {"—¿Qué viene después?", "—Un descanso largo. Y luego, quizá, teatro."}, es_tail));
        const auto ps = paragraphs_of(a);
        REQUIRE(ps.size() >= 2);
        CHECK(ps[ps.size() - 2] == "—¿Qué viene después?");
        CHECK(ps.back() == "—Un descanso largo. Y luego, quizá, teatro.");
    }
    {
        const Article a = parse(interview(pl_head, {"– Co pani proponuje?", "– Odszkodowania zamiast odstrzału."},
                                          pl_tail));
        const auto ps = paragraphs_of(a);
        REQUIRE(ps.size() >= 2);
        CHECK(ps[ps.size() - 2] == "– Co pani proponuje?");
        CHECK(ps.back() == "– Odszkodowania zamiast odstrzału.");
    }
}

TEST_CASE("a question with no dash, or a dashed one with no answer under it, closes no dialogue", "[region][probe95]") {
    {
        const Article a =
            parse(interview(es_head, {"¿Te ha gustado esta entrevista?", "—Suscríbete por 1 euro."}, es_tail));
        const auto ps = paragraphs_of(a);
        REQUIRE(!ps.empty());
        CHECK(ps.back().find("primera página") != std::string::npos);
    }
    {
        const Article a = parse(interview(es_head, {"—¿Qué viene después?"}, es_tail));
        const auto ps = paragraphs_of(a);
        REQUIRE(!ps.empty());
        CHECK(ps.back().find("primera página") != std::string::npos);
    }
}
