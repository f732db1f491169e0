// With JavaScript the static Pagefind index (/pagefind/) answers at once, without the server.
// Without it, or if Pagefind cannot load, the form goes to the server's results page.
;(function () {
  var form = document.querySelector('[data-search-form]')
  var input = document.getElementById('q')
  var box = document.getElementById('ket-qua')
  var msg = JSON.parse(box.getAttribute('data-messages'))
  var pagefind = import('/pagefind/pagefind.js')
  async function run(q) {
    var search = await (await pagefind).search(q)
    var results = await Promise.all(search.results.slice(0, 20).map(function (r) { return r.data() }))
    var fill = function (s) { return s.replace('{q}', q).replace('{count}', String(search.results.length)) }
    var heading = document.createElement('p')
    heading.textContent = fill(results.length ? msg.count : msg.none)
    var list = document.createElement('ol')
    results.forEach(function (r) {
      var li = document.createElement('li')
      var a = document.createElement('a')
      a.href = r.url
      a.textContent = r.meta && r.meta.title ? r.meta.title : r.url
      var p = document.createElement('p')
      p.innerHTML = r.excerpt // Pagefind escapes the page text and adds only <mark>
      li.append(a, p)
      list.append(li)
    })
    box.replaceChildren(heading, list)
  }
  form.addEventListener('submit', function (e) {
    var q = input.value.trim()
    if (!q) return
    e.preventDefault()
    history.replaceState(null, '', '/tim-kiem/?q=' + encodeURIComponent(q))
    run(q).catch(function () { form.submit() })
  })
  var q = new URLSearchParams(location.search).get('q')
  if (q) {
    input.value = q
    run(q).catch(function () { location.href = '/tim-kiem/ket-qua/?q=' + encodeURIComponent(q) })
  }
})()
