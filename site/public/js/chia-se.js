// Zalo's own share button needs its SDK and an Official Account; the phone's share sheet
// (Web Share API) offers Zalo without loading anything. Without it, the link above is copied by hand.
;(function () {
  var item = document.querySelector('[data-share]')
  if (!item || !navigator.share) return
  item.hidden = false
  item.querySelector('button').addEventListener('click', function (e) {
    var b = e.currentTarget
    navigator.share({ title: b.getAttribute('data-share-title'), url: b.getAttribute('data-share-url') }).catch(function () {})
  })
})()
