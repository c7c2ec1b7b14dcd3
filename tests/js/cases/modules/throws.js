exports.partial = true;
throw new Error('module failed');
