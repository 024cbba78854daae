// Subjects and short clauses of reported speech: a count word after a cue opening a description whose apposition names
// the speaker, a reported clause of two or three words with a finite verb, an organisation's name joined by its links
// before a verb shared over a comma, a view told without quote marks by the preposition opening its sentence, and the
// quoted grade after a verb of rating beside the speech it must not swallow.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// The paragraph `paragraph` in `lang` makes no quote at all.
void check_no_quote(const std::string& lang, const std::string& paragraph) {
    INFO(paragraph);
    CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
}

} // namespace

// "powiedziała jedna z mieszkanek Zalesia, Anna Kowal": a word counting the people ([count_determiner_words]) right
// after the cue opens a description whose comma sets off the name closing the clause; the mention runs to the name.
TEST_CASE("a count word after a cue opens a mention that runs to the name after its comma", "[quotes][quotes123]") {
    check_quotes({
        {"pl",
         {"\u201ECzekaliśmy na to dziesięć lat\u201D \u2013 powiedziała jedna z mieszkanek Zalesia, Anna Kowal."},
         "Czekaliśmy na to dziesięć lat", "Anna Kowal", "jedna z mieszkanek Zalesia, Anna Kowal"},
        {"pl",
         {"\u201ETo dopiero początek\u201D \u2013 dodał jeden z radnych, Piotr Zając."},
         "To dopiero początek", "Piotr Zając", "jeden z radnych, Piotr Zając"},
        {"en",
         {"\u201CWe waited ten years for this,\u201D said one of the residents, Anna Kowal."},
         "We waited ten years for this", "Anna Kowal", "one of the residents, Anna Kowal"},
        {"es",
         {"\u00ABLlevamos diez años esperando esto\u00BB, dijo una de las vecinas, Ana Gil."},
         "Llevamos diez años esperando esto", "Ana Gil", "una de las vecinas, Ana Gil"},
        {"it",
         {"\u00ABAspettavamo da dieci anni\u00BB, ha detto una delle residenti, Anna Rossi."},
         "Aspettavamo da dieci anni", "Anna Rossi", "una delle residenti, Anna Rossi"},
    });
    // (near misses: no name after the description, a relative clause after its comma: no one named)
    check_quotes({
        {"en", {"\u201CIt took far too long,\u201D said one of the organisers on Tuesday."},
         "It took far too long", ""},
        {"en", {"\u201CIt took far too long,\u201D said one of the organisers, who asked not to be named."},
         "It took far too long", ""},
        {"pl", {"\u201ETo trwało za długo\u201D \u2013 powiedziała jedna z mieszkanek, która prosiła o anonimowość."},
         "To trwało za długo", ""},
    });
}

// "explicó que faltan datos.": two or three words after "that" closing the sentence, one of them a finite verb (a
// helper, or a plural verb's ending), are what was said (short_that_clause).
TEST_CASE("a reported clause of two or three words with a finite verb is a quote", "[quotes][quotes123]") {
    check_quotes({
        {"es", {"La concejala Ana Gil, que se abstuvo, explicó que faltan datos."}, "faltan datos", "Ana Gil",
         "La concejala Ana Gil"},
        {"it", {"Il consigliere Marco Ferri, che si è astenuto, ha spiegato che mancano dati."}, "mancano dati",
         "Marco Ferri"},
        {"fr", {"La conseillère Anne Roux a expliqué que les données manquent."}, "les données manquent", "Anne Roux"},
        {"en", {"The councillor, Ann Roe, said that data is missing."}, "data is missing", "Ann Roe"},
    });
    // (near misses: an answer, an adverb, a time, "that" standing for a thing before its verb, a preposition's phrase)
    for (const auto& [lang, paragraph] : std::vector<std::pair<std::string, std::string>>{
             {"es", "El alcalde Juan Pérez dijo que sí."},
             {"es", "El alcalde Juan Pérez dijo que no rotundamente."},
             {"en", "The mayor, Tom Vale, said that again."},
             {"en", "The mayor, Tom Vale, said that last week."},
             {"en", "The mayor, Tom Vale, said that was wrong."},
             {"en", "The mayor, Tom Vale, said that on Monday."},
             {"fr", "Le maire Paul Morel a dit que non."},
             {"it", "Il sindaco Marco Ferri ha detto che sì."},
         })
        check_no_quote(lang, paragraph);
}

// "A Associação de Pescadores do Alto Minho saudou a decisão, mas pediu que ...": an organisation's noun keeps what it
// is of past each link ("de", "do", "de la", "des") to the capitalised words of its place (body_name_end); the whole
// name is the subject a verb after the comma shares, and the speaker.
TEST_CASE("an organisation's name joined by its links is the whole subject", "[quotes][quotes123]") {
    check_quotes({
        {"pt",
         {"A Associação de Pescadores do Alto Minho saudou a decisão, mas pediu que o caudal seja medido por uma "
          "entidade independente."},
         "o caudal seja medido por uma entidade independente", "Associação de Pescadores do Alto Minho",
         "A Associação de Pescadores do Alto Minho"},
        {"es",
         {"La Asociación de Vecinos de la Ribera del Ebro celebró la decisión, pero pidió que las obras empiecen "
          "antes de la primavera."},
         "las obras empiecen antes de la primavera", "Asociación de Vecinos de la Ribera del Ebro",
         "La Asociación de Vecinos de la Ribera del Ebro"},
        {"pt",
         {"A Federação Portuguesa de Pesca Desportiva pediu que o plano inclua escadas para peixes."},
         "o plano inclua escadas para peixes", "Federação Portuguesa de Pesca Desportiva"},
    });
    // (near miss: a role and its field before the name set off by commas: the name speaks)
    check_quotes({
        {"pt", {"A ministra da Saúde, Ana Costa, pediu que os hospitais da região reforcem as equipas no verão."},
         "os hospitais da região reforcem as equipas no verão", "Ana Costa", "A ministra da Saúde, Ana Costa"},
    });
}

// "Pour la ministre, cette réforme va trop loin.": the pages' convention reads a view opened by a word of
// [opinion_lead_words] and a mention naming someone as that person's indirect quote, cue the preposition, though no
// quote mark sets it off (unmarked_opinion_lead); German frames it with a phrase after the holder, "Für die Alpenpost
// ist klar: ..." (framed_opinion).
TEST_CASE("a view opened by a preposition and its holder is an indirect quote without marks", "[quotes][quotes123]") {
    check_only_quotes({
        {"fr", "Pour la ministre, cette réforme va dénaturer le travail des greffiers.",
         "cette réforme va dénaturer le travail des greffiers", "Pour", "la ministre"},
        {"fr", "Pour la Tribune du Lac, le projet est une chance.", "le projet est une chance", "Pour",
         "la Tribune du Lac"},
        {"es", "Para la presidenta Rosa Delgado, el proyecto llega demasiado tarde.",
         "el proyecto llega demasiado tarde", "Para", "la presidenta Rosa Delgado"},
        {"it", "Per il sindaco Marco Ferri, la strada va chiusa entro l'estate.",
         "la strada va chiusa entro l'estate", "Per", "il sindaco Marco Ferri"},
        {"de", "Für die Alpenpost ist klar: Die Brücke wird teurer.", "Die Brücke wird teurer", "Für",
         "die Alpenpost"},
        {"de", "Für den Bürgermeister Karl Moser steht fest, dass die Brücke teurer wird.",
         "die Brücke teurer wird", "Für", "den Bürgermeister Karl Moser"},
    },
                      QuoteKind::indirect);
    check_quotes({
        {"es",
         {"La presidenta de la asociación, Rosa Delgado, visitó las obras el lunes.",
          "Para la presidenta, el proyecto llega demasiado tarde."},
         "el proyecto llega demasiado tarde", "Rosa Delgado", "la presidenta"},
    });
    // (near misses: a time, a feast, a place, a first time; in German no phrase of a view, or no one before it)
    for (const auto& [lang, paragraph] : std::vector<std::pair<std::string, std::string>>{
             {"fr", "Pour la première fois, la ville a fermé le pont aux voitures."},
             {"fr", "Pour Noël, la ville installe un grand sapin sur la place."},
             {"fr", "Pour Paris, la facture s'élève à dix millions d'euros."},
             {"es", "Para el próximo año, el ayuntamiento prevé más obras en el puerto."},
             {"it", "Per la prima volta, la strada è stata chiusa al traffico."},
             {"de", "Für die Stadt stellten die Zahlungen keinen Nutzen dar."},
             {"de", "Für morgen ist klar: Der Zug fährt nicht nach Wien."},
         })
        check_no_quote(lang, paragraph);
}

// "he rated the move “brilliant”": one or two quoted words right after a verb of rating ([rating_verbs]) are a grade
// (quotes121's rating_label); a longer quote after it, a judging verb that is no rating ("a jugé", "ha valutato"), and
// the speech after a grade stay quotes.
TEST_CASE("a grade after a verb of rating leaves the speech around it", "[quotes][quotes123]") {
    check_no_quote("en", "Club captain Ben Ross rated the move \u201Cbrilliant\u201D after the match.");
    check_quotes({
        {"en", {"The coach, Tom Vale, rated it \u201Cthe best season we have had in years\u201D after the match."},
         "the best season we have had in years", "Tom Vale"},
        {"fr", {"La ministre Anne Roux a jugé \u00AB inacceptable \u00BB la décision de fermer l'école."},
         "inacceptable", "Anne Roux"},
        {"fr", {"Le maire Paul Morel a jugé la décision \u00AB brutale et injuste pour les familles \u00BB."},
         "brutale et injuste pour les familles", "Paul Morel"},
        {"de",
         {"Der Bürgermeister Karl Moser hat den Plan als \u201Emutig\u201C bewertet: \u201EWir müssen jetzt bauen, "
          "sonst wird es noch teurer.\u201C"},
         "Wir müssen jetzt bauen, sonst wird es noch teurer.", "Karl Moser"},
        {"it",
         {"Il sindaco Marco Ferri ha valutato \u00ABpositivo\u00BB l'incontro e ha detto che i lavori partiranno a "
          "marzo."},
         "positivo", "Marco Ferri"},
    });
}
