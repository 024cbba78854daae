// quotes106: role nouns as data. A two-letter listed role ("il pm"), role nouns
// missing from the Portuguese list
// ("o delegado", "o réu", "o comandante") and a generic noun for a member of
// the government ("o governante" after "o ministro das Finanças, X"); on
// invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

namespace {

// The quote whose text is `text` on a page of `paragraphs` is found, and has no
// speaker.
void check_no_speaker(const char *lang, std::vector<std::string> paragraphs,
                      const std::string &text) {
  bool found = false;
  for (const auto &q : extract_quotes(page(lang, "", std::move(paragraphs))))
    if (q.text == text) {
      found = true;
      CHECK(q.speaker.value_or("") == "");
    }
  CHECK(found);
}

} // namespace

TEST_CASE("a listed two-letter role noun resolves to its holder",
          "[quotes][quotes106]") {
  check_quotes({
      // (the prosecutor named by the full title, then by its two letters)
      {"it",
       {"In aula ha parlato il pubblico ministero Ornella Bassani davanti alla "
        "corte.",
        "\u00ABIl tetto era stato segnalato due volte\u00BB, ha detto il pm "
        "nella requisitoria."},
       "Il tetto era stato segnalato due volte",
       "Ornella Bassani",
       "il pm"},
      // (the same two letters before the name)
      {"it",
       {"La pm Ornella Bassani ha chiesto sei anni per il costruttore.",
        "\u00ABNessuno ha controllato il cantiere\u00BB, ha aggiunto la pm in "
        "aula."},
       "Nessuno ha controllato il cantiere",
       "Ornella Bassani",
       "la pm"},
  });
  // (a page naming a lawyer and an expert, no prosecutor: "il pm" names
  // neither)
  check_no_speaker("it",
                   {"In aula hanno parlato l'avvocato Ornella Bassani e il "
                    "perito Carlo Mele.",
                    "\u00ABIl tetto era stato segnalato due volte\u00BB, ha "
                    "detto il pm nella requisitoria."},
                   "Il tetto era stato segnalato due volte");
}

TEST_CASE(
    "a police chief, a defendant and a commander named again by their role",
    "[quotes][quotes106]") {
  check_quotes({
      {"pt",
       {"O delegado Vasco Arruda Pinto ouviu os funcion\u00E1rios da loja.",
        "Segundo o delegado, \u201Co preju\u00EDzo passa de R$ 90 mil\u201D."},
       "o preju\u00EDzo passa de R$ 90 mil",
       "Vasco Arruda Pinto",
       "o delegado"},
      {"pt",
       {"O comandante regional dos bombeiros, Rog\u00E9rio Bastos, visitou as "
        "aldeias.",
        "\u201CFiquem em casa esta noite\u201D, disse o comandante."},
       "Fiquem em casa esta noite",
       "Rog\u00E9rio Bastos",
       "o comandante"},
      {"es",
       {"El comandante regional de los bomberos, Rogelio Bastida, visit\u00F3 "
        "las aldeas.",
        "\u201CQu\u00E9dense en casa esta noche\u201D, dijo el comandante."},
       "Qu\u00E9dense en casa esta noche",
       "Rogelio Bastida",
       "el comandante"},
  });
}

TEST_CASE("a generic noun of the government names the one minister of the page",
          "[quotes][quotes106]") {
  check_quotes({
      {"pt",
       {"O ministro das Finan\u00E7as, Tiago Mour\u00E3o Reis, admitiu rever o "
        "regime.",
        "\u00ABN\u00E3o temos nenhum problema em ajustar\u00BB, afirmou o "
        "governante aos jornalistas."},
       "N\u00E3o temos nenhum problema em ajustar",
       "Tiago Mour\u00E3o Reis",
       "o governante"},
      // (Spanish says the same with the holder of the portfolio)
      {"es",
       {"La ministra de Vivienda, Lidia Carrasco Mol, admiti\u00F3 revisar el "
        "r\u00E9gimen.",
        "\u00ABNo tenemos ning\u00FAn problema en ajustarlo\u00BB, afirm\u00F3 "
        "la titular de Vivienda."},
       "No tenemos ning\u00FAn problema en ajustarlo",
       "Lidia Carrasco Mol"},
  });
  // (a mayor and a councillor on the page, no member of the government: the
  // generic noun names neither)
  check_no_speaker(
      "pt",
      {"O prefeito Tiago Mour\u00E3o Reis e o vereador Davi Paiva reuniram-se.",
       "\u00ABN\u00E3o temos nenhum problema em ajustar\u00BB, afirmou o "
       "governante aos jornalistas."},
      "N\u00E3o temos nenhum problema em ajustar");
}
