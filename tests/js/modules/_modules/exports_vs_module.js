// Reassigning `exports` does not change what require() returns
exports.kept = 'this is lost';
exports = { replaced: 'not visible' };
exports.alsoLost = true;
module.exports.visible = 'set via module.exports';
