// Progressive enhancement: without JavaScript the controls stay hidden and the browser's own zoom and print work.
// Deferred, so it never holds up the first paint on slow connections; a size chosen earlier is applied here.
try { var saved = localStorage.getItem('co-chu'); if (saved) document.documentElement.style.fontSize = saved + '%' } catch (e) {}
;(function () {
  var tools = document.querySelector('[data-page-tools]')
  if (!tools) return
  var root = document.documentElement
  var out = tools.querySelector('[data-font-value]')
  function current() { return parseInt(root.style.fontSize, 10) || 100 }
  function apply(v) {
    v = Math.max(100, Math.min(160, v))
    root.style.fontSize = v + '%'
    out.textContent = v + '%'
    try { localStorage.setItem('co-chu', String(v)) } catch (e) {}
  }
  out.textContent = current() + '%'
  tools.addEventListener('click', function (e) {
    var b = e.target.closest('button')
    if (!b) return
    if (b.hasAttribute('data-print')) return window.print()
    var step = parseInt(b.getAttribute('data-font-step'), 10)
    apply(step === 0 ? 100 : current() + step)
  })
  tools.hidden = false
})()
